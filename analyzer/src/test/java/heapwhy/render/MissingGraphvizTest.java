package heapwhy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a working Graphviz the user gets one line saying what to install, and nothing else happens. */
class MissingGraphvizTest {

    @Test
    void missingDotGivesAOneLineInstallHintAndWritesNothing(@TempDir Path emptyPath, @TempDir Path out)
            throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        List<String> homeBefore = listing(home);
        PathGraphRenderer renderer = new PathGraphRenderer(emptyPath.toString());

        for (PathGraphRenderer.Format format : List.of(PathGraphRenderer.Format.SVG, PathGraphRenderer.Format.PNG)) {
            Path file = out.resolve("paths." + format.extension());
            RenderException e = assertThrows(RenderException.class,
                    () -> renderer.render(PathGraphRendererTest.mapInListGraph(), format, file));
            assertTrue(e.getMessage().contains("Graphviz"), e.getMessage());
            assertTrue(e.getMessage().contains("apt-get install graphviz"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertNull(e.getCause());
            assertFalse(Files.exists(file));
        }
        assertThrows(RenderException.class, () -> renderer.toSvg(PathGraphRendererTest.mapInListGraph()));
        assertEquals(homeBefore, listing(home));
    }

    @Test
    void dotTextNeedsNoGraphviz(@TempDir Path emptyPath) {
        String dot = new PathGraphRenderer(emptyPath.toString()).toDot(PathGraphRendererTest.mapInListGraph());
        assertTrue(dot.startsWith("digraph"), dot);
    }

    @Test
    void noJavascriptFallbackIsOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.eclipsesource.v8.V8"));
        assertNull(getClass().getClassLoader().getResource("META-INF/resources/webjars/viz.js-graphviz-java"));
    }

    @Test
    void failingDotGivesItsFirstErrorLine(@TempDir Path fakePath, @TempDir Path out) throws Exception {
        Path dot = fakePath.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\necho 'Error: boom' >&2\necho 'second line' >&2\nexit 1\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwx------"));
        PathGraphRenderer renderer = new PathGraphRenderer(fakePath.toString());

        Path file = out.resolve("paths.svg");
        RenderException e = assertThrows(RenderException.class,
                () -> renderer.writeSvg(PathGraphRendererTest.mapInListGraph(), file));
        assertEquals("Graphviz's dot failed: Error: boom", e.getMessage());
        assertFalse(Files.exists(file));
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
