package heapwhy.testdumps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A directory filled by an expensive run, reused while its {@code complete} marker holds the same key.
 * The run writes into a temporary sibling that is renamed into place, so a killed run never leaves a half set.
 */
final class CachedDir {
    static final String MARKER = "complete";
    static final String LOG = "child.log";

    /** Fills a (temporary) directory. */
    interface Producer {
        void fill(Path dir) throws IOException;
    }

    private CachedDir() {
    }

    static boolean isComplete(Path dir, String key) {
        try {
            return Files.readString(dir.resolve(MARKER), StandardCharsets.UTF_8).equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes sure {@code dir} holds a complete set for {@code key}, running {@code producer} if it does not.
     * An existing {@code dir} is replaced only if it is empty or every file in it satisfies {@code ours}.
     *
     * @return true if the producer ran
     */
    static boolean ensure(Path dir, String key, Predicate<String> ours, Producer producer) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        if (isComplete(dir, key)) {
            return false;
        }
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        checkReplaceable(dir, ours);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default
        }
        try {
            producer.fill(tmp);
            Files.writeString(tmp.resolve(MARKER), key, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException | Error e) {
            Path log = tmp.resolve(LOG);
            if (Files.isRegularFile(log)) {
                Files.copy(log, parent.resolve(dir.getFileName() + ".failed.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            deleteTree(tmp);
            throw e;
        }
        install(tmp, dir, key, ours);
        return true;
    }

    private static void checkReplaceable(Path dir, Predicate<String> ours) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new FileAlreadyExistsException(dir + " exists and is not a directory");
            }
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> foreign = s.filter(p -> !Files.isRegularFile(p) || !ours.test(p.getFileName().toString()))
                    .toList();
            if (!foreign.isEmpty()) {
                throw new ForeignFilesException("refusing to replace " + dir + ": it holds files a run does not write, e.g. "
                        + foreign.get(0).getFileName());
            }
        }
    }

    private static void install(Path tmp, Path dir, String key, Predicate<String> ours) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE); // rename(2): fine onto an empty directory
                return;
            } catch (AtomicMoveNotSupportedException e) {
                throw e;
            } catch (IOException e) {
                if (!(e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException)
                        && !Files.exists(dir)) {
                    throw e;
                }
            }
            if (isComplete(dir, key)) { // a concurrent run won: use its set
                deleteTree(tmp);
                return;
            }
            checkReplaceable(dir, ours);
            Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".old-");
            Files.delete(old);
            try {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException gone) {
                continue;
            }
            deleteTree(old);
        }
        deleteTree(tmp);
        throw new IOException("could not install a new set into " + dir);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
