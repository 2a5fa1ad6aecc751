package heapwhy.cli.common;

import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.hprof.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/** Where the commands get a dump's class histogram from: the analyzer, or a fake in tests. */
@FunctionalInterface
public interface HistogramSource {
    HistogramSource ANALYZER = Histograms::read;

    ClassHistogram read(Path dump, ProgressListener progress) throws IOException;
}
