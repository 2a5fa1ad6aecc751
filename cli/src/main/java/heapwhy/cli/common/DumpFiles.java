package heapwhy.cli.common;

import heapwhy.hprof.HprofException;
import heapwhy.util.Sizes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What every command does with a dump file before and while reading it: checks that it is a readable file, and
 * turns every problem with it into a one-line {@link UnreadableDumpException} (running out of heap into an
 * {@link OutOfHeapException}).
 */
public final class DumpFiles {
    private DumpFiles() {
    }

    /** Work that reads a dump and may fail the ways reading a dump fails. */
    @FunctionalInterface
    public interface DumpWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work}, turning every problem with the dump into a one-line {@link UnreadableDumpException}
     * and running out of heap into an {@link OutOfHeapException}.
     */
    public static <T> T guarded(Path dump, DumpWork<T> work) {
        try {
            return work.run();
        } catch (HprofException e) {
            throw new UnreadableDumpException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UnreadableDumpException(dump + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDumpException(dump + ": permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDumpException(dump + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof HprofException bad) {
                throw new UnreadableDumpException(bad.getMessage(), e);
            }
            throw new UnreadableDumpException(dump + ": cannot read: " + cause.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new OutOfHeapException("ran out of Java heap (at most " + Sizes.human(Runtime.getRuntime().maxMemory())
                    + ") reading " + dump + "; give heapwhy more with e.g. HEAPWHY_JAVA_OPTS=-Xmx4g", e);
        }
    }

    /** @return the file's size */
    public static long checkReadable(Path dump) {
        if (Files.isDirectory(dump)) {
            throw new UnreadableDumpException(dump + ": is a directory, not a heap dump file");
        }
        if (!Files.exists(dump)) {
            throw new UnreadableDumpException(dump + ": no such file");
        }
        if (!Files.isRegularFile(dump)) {
            throw new UnreadableDumpException(dump + ": not a regular file");
        }
        if (!Files.isReadable(dump)) {
            throw new UnreadableDumpException(dump + ": permission denied");
        }
        try {
            return Files.size(dump);
        } catch (IOException e) {
            throw new UnreadableDumpException(dump + ": cannot read: " + e.getMessage(), e);
        }
    }
}
