package heapwhy.cli.common;

import heapwhy.util.Sizes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Byte sizes as options take them: "65536", "64KB", "1.5 MB", "2g" ({@link Sizes#parse}), or a usage error. */
public final class ByteSizes {
    private ByteSizes() {
    }

    public static long parse(CommandSpec spec, String option, String text) {
        long bytes = Sizes.parse(text);
        if (bytes < 0) {
            throw new ParameterException(spec.commandLine(), option + " takes a size such as 65536, 64KB or 1.5MB, not '"
                    + text + "'");
        }
        return bytes;
    }
}
