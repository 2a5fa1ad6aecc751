package heapwhy.report;

import heapwhy.hprof.Compression;
import heapwhy.hprof.DumpInfo;
import heapwhy.util.Sizes;

/** The one-line summary of a dump used in headers: "app.hprof (1.2 GB, JAVA PROFILE 1.0.2, 8-byte ids, gzip)". */
public final class DumpDescription {
    private DumpDescription() {
    }

    public static String of(DumpInfo info) {
        StringBuilder text = new StringBuilder().append(info.file()).append(" (").append(Sizes.human(info.fileSize()));
        if (info.version() != null && !info.version().isBlank()) {
            text.append(", ").append(info.version());
        }
        text.append(", ").append(info.idSize()).append("-byte ids");
        if (info.compression() == Compression.CHUNKED_GZIP) {
            text.append(", chunked gzip");
        } else if (info.compression() == Compression.GZIP) {
            text.append(", gzip");
        }
        return text.append(')').toString();
    }
}
