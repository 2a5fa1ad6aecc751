package heapwhy.gui;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavigationHistoryTest {
    @Test
    void backAndForwardWalkTheVisitsInOrder() {
        NavigationHistory h = new NavigationHistory();
        h.visit(1);
        h.visit(2);
        h.visit(3);
        assertEquals(OptionalInt.of(2), h.back());
        assertEquals(OptionalInt.of(1), h.back());
        assertEquals(OptionalInt.empty(), h.back());
        assertEquals(1, h.current());
        assertEquals(OptionalInt.of(2), h.forward());
        assertEquals(OptionalInt.of(3), h.forward());
        assertEquals(OptionalInt.empty(), h.forward());
    }

    @Test
    void visitingAfterGoingBackForgetsWhatWasAhead() {
        NavigationHistory h = new NavigationHistory();
        h.visit(1);
        h.visit(2);
        h.back();
        h.visit(7);
        assertFalse(h.canGoForward());
        assertEquals(OptionalInt.of(1), h.back());
    }

    @Test
    void visitingTheCurrentObjectAgainAddsNoStep() {
        NavigationHistory h = new NavigationHistory();
        h.visit(1);
        h.visit(1);
        assertFalse(h.canGoBack());
        h.visit(0);
        assertTrue(h.canGoBack());
        assertEquals(OptionalInt.of(1), h.back());
    }

    @Test
    void onlyTheLastThousandObjectsAreKeptBehind() {
        NavigationHistory h = new NavigationHistory();
        for (int i = 0; i <= NavigationHistory.KEPT + 10; i++) {
            h.visit(i);
        }
        int steps = 0;
        int last = -1;
        while (h.canGoBack()) {
            last = h.back().getAsInt();
            steps++;
        }
        assertEquals(NavigationHistory.KEPT, steps);
        assertEquals(10, last);
    }

    @Test
    void clearForgetsEverything() {
        NavigationHistory h = new NavigationHistory();
        h.visit(1);
        h.visit(2);
        h.clear();
        assertEquals(-1, h.current());
        assertFalse(h.canGoBack());
        h.visit(5);
        assertFalse(h.canGoBack());
    }
}
