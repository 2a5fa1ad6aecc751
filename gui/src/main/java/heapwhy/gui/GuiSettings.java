package heapwhy.gui;

import java.nio.file.Path;

/**
 * Where the explorer keeps what outlives a session.
 *
 * @param indexDir where dump indexes are kept (as the CLI's default, so both reuse them)
 * @param recentFile the list of recently opened dumps
 */
public record GuiSettings(Path indexDir, Path recentFile) {
    /** The user's: ~/.cache/heapwhy/index and ~/.cache/heapwhy/gui-recent.txt. */
    public static GuiSettings fromSystem() {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "heapwhy");
        return new GuiSettings(cache.resolve("index"), cache.resolve("gui-recent.txt"));
    }
}
