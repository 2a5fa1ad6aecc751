package heapwhy.cli.common;

import heapwhy.hprof.Compression;
import heapwhy.report.ShellWords;

import java.nio.file.Path;

/**
 * Refuses, before any index is built, a dump that a command would have to read object by object but that is a
 * plain gzip stream ({@code gzip x.hprof}, not jcmd's chunked {@code -gz=1}): without random access no field can
 * be read, and paths would come out as anonymous {@code <reference>} steps or places matched by class alone.
 */
public final class RandomAccessDumps {
    private RandomAccessDumps() {
    }

    /** @param command the command, for the message */
    public static void require(Path dump, String command) {
        DumpFiles.checkReadable(dump);
        Compression compression = DumpFiles.guarded(dump, () -> Compression.of(dump));
        if (!compression.randomAccess()) {
            throw new UnreadableDumpException(dump + ": " + command + " needs to read single objects, and this is a "
                    + "plain gzip file (not one written by jcmd GC.heap_dump -gz=1), which can only be read from start "
                    + "to end; decompress it first: " + gunzip(dump));
        }
    }

    private static String gunzip(Path dump) {
        String name = dump.toString();
        if (name.endsWith(".gz") && name.length() > ".gz".length()) {
            return "gunzip -k " + ShellWords.quote(name);
        }
        return "gunzip -c " + ShellWords.quote(name) + " > " + ShellWords.quote(name + ".hprof");
    }
}
