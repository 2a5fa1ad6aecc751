package heapwhy.gui;

/**
 * Zoom levels of a picture, in percent: from 25 % (a large graph's outline) to 400 % (a small one's labels),
 * by steps of a quarter so that a few clicks go from one end to the other and back to the same levels.
 */
final class Zoom {
    static final double MIN = 25;
    static final double MAX = 400;
    private static final double STEP = 1.25;

    private Zoom() {
    }

    static double clamp(double percent) {
        return Math.max(MIN, Math.min(MAX, percent));
    }

    static double larger(double percent) {
        return clamp(percent * STEP);
    }

    static double smaller(double percent) {
        return clamp(percent / STEP);
    }

    /** The level at which a picture fits the view whole; 100 % when either has no size yet. */
    static double fit(double viewWidth, double viewHeight, double width, double height) {
        if (viewWidth <= 0 || viewHeight <= 0 || width <= 0 || height <= 0) {
            return 100;
        }
        return clamp(100 * Math.min(viewWidth / width, viewHeight / height));
    }
}
