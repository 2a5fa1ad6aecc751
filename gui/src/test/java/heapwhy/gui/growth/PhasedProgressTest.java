package heapwhy.gui.growth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhasedProgressTest {
    @Test
    void eachPassFillsItsOwnShareOfTheBarWhateverItsUnits() {
        List<String> heard = new ArrayList<>();
        PhasedProgress passes = new PhasedProgress((done, total) -> heard.add(done + "/" + total), 2);
        var bytes = passes.next();
        bytes.progress(5_000_000_000L, 10_000_000_000L);
        var objects = passes.next();
        objects.progress(30, 30);
        assertEquals(List.of("0/2000000", "500000/2000000", "1000000/2000000", "2000000/2000000"), heard);
    }

    @Test
    void aCancelAskedForBetweenPassesStopsTheNextPassBeforeItStarts() {
        boolean[] cancelled = {false};
        PhasedProgress passes = new PhasedProgress((done, total) -> {
            if (cancelled[0]) {
                throw new CancellationException();
            }
        }, 2);
        passes.next().progress(1, 1);
        cancelled[0] = true;
        assertThrows(CancellationException.class, passes::next);
    }

    @Test
    void startingMorePassesThanAnnouncedIsAMistake() {
        PhasedProgress passes = new PhasedProgress((done, total) -> { }, 1);
        passes.next();
        assertThrows(IllegalStateException.class, passes::next);
    }
}
