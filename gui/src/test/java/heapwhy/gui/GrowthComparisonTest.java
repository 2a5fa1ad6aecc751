package heapwhy.gui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrowthComparisonTest {
    @Test
    void dumpsAreLetteredAsTheCliLettersThemOnPastZ() {
        List<String> letters = IntStream.of(0, 1, 25, 26, 27, 51, 52, 701, 702)
                .mapToObj(GrowthComparison::letter).toList();
        assertEquals(List.of("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"), letters);
    }
}
