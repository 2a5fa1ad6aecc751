package heapwhy.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentFilesTest {
    @TempDir
    Path tmp;

    @Test
    void theLastOpenedComesFirstAndOpeningAgainMovesItUpWithoutACopy() {
        RecentFiles recent = new RecentFiles(tmp.resolve("settings/recent.txt"));
        recent.add(tmp.resolve("a.hprof"));
        recent.add(tmp.resolve("b.hprof"));
        recent.add(tmp.resolve("sub/../a.hprof"));
        assertEquals(List.of(tmp.resolve("a.hprof"), tmp.resolve("b.hprof")), recent.list());
        // a new window reads what the last one saved
        assertEquals(recent.list(), new RecentFiles(tmp.resolve("settings/recent.txt")).list());
    }

    @Test
    void onlyTheLastTenAreKept() {
        RecentFiles recent = new RecentFiles(tmp.resolve("recent.txt"));
        for (int i = 0; i < 15; i++) {
            recent.add(tmp.resolve(i + ".hprof"));
        }
        List<Path> list = recent.list();
        assertEquals(RecentFiles.KEPT, list.size());
        assertEquals(tmp.resolve("14.hprof"), list.get(0));
        assertEquals(tmp.resolve("5.hprof"), list.get(9));
    }

    @Test
    void aMissingOrUnreadableListIsEmptyAndAddingStillWorks() throws Exception {
        assertEquals(List.of(), new RecentFiles(tmp.resolve("none.txt")).list());
        Path binary = tmp.resolve("garbage.txt");
        Files.write(binary, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1});
        RecentFiles recent = new RecentFiles(binary);
        assertEquals(List.of(), recent.list());
        recent.add(tmp.resolve("a.hprof"));
        assertEquals(List.of(tmp.resolve("a.hprof")), recent.list());
    }
}
