package heapwhy.cli.common;

import heapwhy.histogram.ClassHistogram;

import java.io.PrintWriter;

/** Prints what the reader noticed but could read past, one "heapwhy: warning: ..." line each, on stderr. */
public final class Warnings {
    private Warnings() {
    }

    public static void print(PrintWriter err, ClassHistogram histogram) {
        for (String warning : histogram.warnings()) {
            err.println("heapwhy: warning: " + histogram.info().file().getFileName() + ": " + warning);
        }
        err.flush();
    }
}
