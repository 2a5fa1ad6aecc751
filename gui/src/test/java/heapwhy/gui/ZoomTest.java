package heapwhy.gui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ZoomTest {
    @Test
    void stepsStayBetween25And400PercentAndComeBackToTheSameLevels() {
        assertEquals(125, Zoom.larger(100), 1e-9);
        assertEquals(100, Zoom.smaller(Zoom.larger(100)), 1e-9);
        assertEquals(400, Zoom.larger(390), 1e-9);
        assertEquals(25, Zoom.smaller(26), 1e-9);
    }

    @Test
    void fitShowsTheWholePictureByItsTighterSideWithinTheLimits() {
        assertEquals(50, Zoom.fit(1000, 800, 2000, 1000), 1e-9);
        assertEquals(40, Zoom.fit(1000, 400, 1000, 1000), 1e-9);
        assertEquals(25, Zoom.fit(100, 100, 10_000, 500), 1e-9);
        assertEquals(400, Zoom.fit(1000, 1000, 10, 10), 1e-9);
    }

    @Test
    void fitBeforeTheViewHasASizeLeavesThePictureAtItsOwnSize() {
        assertEquals(100, Zoom.fit(0, 0, 800, 600), 1e-9);
    }
}
