package heapwhy.cli;

import heapwhy.histogram.ClassHistogram;

import java.io.PrintWriter;

/** Prints what the reader noticed but could read past, one "heapwhy: warning: ..." line each, on stderr. */
final class Warnings {
    private Warnings() {
    }

    static void print(PrintWriter err, ClassHistogram histogram) {
        for (String warning : histogram.warnings()) {
            err.println("heapwhy: warning: " + histogram.info().file().getFileName() + ": " + warning);
        }
        err.flush();
    }
}
