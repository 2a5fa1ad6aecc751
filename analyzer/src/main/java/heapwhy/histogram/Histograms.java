package heapwhy.histogram;

import heapwhy.hprof.HprofException;
import heapwhy.hprof.ProgressListener;
import heapwhy.hprof.reader.HprofReader;

import java.io.IOException;
import java.nio.file.Path;

/** Entry point: reads the class histogram of a dump in one streaming pass whose memory does not grow with the dump. */
public final class Histograms {
    private Histograms() {
    }

    /**
     * @throws HprofException when the file is not a readable HPROF dump (names file, offset, problem)
     * @throws IOException when the file cannot be read at all
     */
    public static ClassHistogram read(Path dump, ProgressListener progress) throws IOException {
        HistogramBuilder builder = new HistogramBuilder();
        HprofReader.Result result = HprofReader.read(dump, builder, progress);
        return builder.finish(result);
    }
}
