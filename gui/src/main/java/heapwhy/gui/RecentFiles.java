package heapwhy.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dumps opened lately, newest first, one path per line in a small file; a broken file is an empty list. */
final class RecentFiles {
    static final int KEPT = 10;

    private final Path file;

    RecentFiles(Path file) {
        this.file = file;
    }

    List<Path> list() {
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    paths.add(Path.of(line));
                }
            }
            return paths;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts the dump first; the list is saved at once, and a failure to save is not the user's problem. */
    void add(Path dump) {
        List<Path> paths = new ArrayList<>(list());
        Path absolute = dump.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        List<String> lines = paths.stream().limit(KEPT).map(Path::toString).toList();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the list is a convenience: opening the dump worked
        }
    }
}
