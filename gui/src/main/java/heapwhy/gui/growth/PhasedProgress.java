package heapwhy.gui.growth;

import heapwhy.hprof.ProgressListener;

/**
 * One progress bar over a job of several passes that each report on their own scale (bytes of a file, objects
 * of a graph): pass k of n fills the k-th n-th of the bar. Each new pass reports once at its start, so a cancel
 * asked for between passes is heard before the next one begins.
 */
final class PhasedProgress {
    /** Units per pass: fine enough for a progress bar, far from overflowing a long. */
    private static final long UNITS = 1_000_000;

    private final ProgressListener whole;
    private final int passes;
    private int started;

    PhasedProgress(ProgressListener whole, int passes) {
        if (passes < 1) {
            throw new IllegalArgumentException("a job has at least one pass, not " + passes);
        }
        this.whole = whole;
        this.passes = passes;
    }

    /** The listener of the next pass. */
    ProgressListener next() {
        if (started == passes) {
            throw new IllegalStateException("all " + passes + " passes were started");
        }
        long before = started++ * UNITS;
        long total = passes * UNITS;
        whole.progress(before, total);
        return (done, of) -> whole.progress(before + (of > 0 ? Math.min(UNITS, (long) ((double) done / of * UNITS)) : 0), total);
    }
}
