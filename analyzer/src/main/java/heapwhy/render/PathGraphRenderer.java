package heapwhy.render;

import guru.nidi.graphviz.engine.EngineResult;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.Options;
import guru.nidi.graphviz.engine.Rasterizer;
import guru.nidi.graphviz.model.Serializer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Draws a {@link PathGraph} as DOT text, SVG or PNG through graphviz-java.
 *
 * <p>Only Graphviz's {@code dot} command is used (graphviz-java's command-line engine, called directly, so its
 * global engine list and its JavaScript fallbacks are never touched). When {@code dot} is not on the PATH, SVG and
 * PNG fail with a {@link RenderException} saying to install Graphviz; DOT text needs no Graphviz. Nothing here
 * needs a display.
 */
public final class PathGraphRenderer {

    /** What to write. */
    public enum Format {
        DOT("dot"), SVG("svg"), PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name ending without the dot, e.g. "svg". */
        public String extension() {
            return extension;
        }

        /** The format a file name asks for by its ending (case-insensitive), or null if none matches. */
        public static Format ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (lower.endsWith("." + format.extension)) {
                    return format;
                }
            }
            return null;
        }
    }

    static final String INSTALL_HINT = "install Graphviz: apt-get install graphviz";
    private static final int TIMEOUT_SECONDS = 120;

    private final String searchPath;

    /** A renderer that looks for {@code dot} on the PATH. */
    public PathGraphRenderer() {
        this(Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /** A renderer that looks for {@code dot} only in these directories (a PATH-style list); for tests. */
    PathGraphRenderer(String searchPath) {
        this.searchPath = searchPath;
    }

    /** The picture as Graphviz DOT source. */
    public String toDot(PathGraph graph) {
        return new Serializer().notValidating().serialize(GraphvizModel.of(graph));
    }

    /** The picture as SVG text. */
    public String toSvg(PathGraph graph) throws RenderException {
        return runDot(toDot(graph), Format.SVG, svg -> Files.readString(svg, StandardCharsets.UTF_8));
    }

    public void writeSvg(PathGraph graph, Path file) throws RenderException {
        render(graph, Format.SVG, file);
    }

    public void writePng(PathGraph graph, Path file) throws RenderException {
        render(graph, Format.PNG, file);
    }

    public void writeDot(PathGraph graph, Path file) throws RenderException {
        render(graph, Format.DOT, file);
    }

    /** Writes the picture to the file, replacing it. */
    public void render(PathGraph graph, Format format, Path file) throws RenderException {
        String dot = toDot(graph);
        if (format == Format.DOT) {
            try {
                Files.writeString(file, dot, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RenderException("Could not write " + file + ": " + e.getMessage(), e);
            }
            return;
        }
        runDot(dot, format, out -> Files.copy(out, file, StandardCopyOption.REPLACE_EXISTING));
    }

    /** What to do with dot's output file before it is deleted. */
    private interface OutputUse<T> {
        T apply(Path output) throws IOException;
    }

    /**
     * Runs dot on the source and hands its output file to {@code use}; dot's input and output files are deleted
     * afterwards.
     */
    private <T> T runDot(String dot, Format format, OutputUse<T> use) throws RenderException {
        Path executable = findDot();
        Path inputDir = null;
        Path outputDir = null;
        try {
            inputDir = Files.createTempDirectory("heapwhy-dot");
            GraphvizCmdLineEngine engine = new GraphvizCmdLineEngine(executable.toString())
                    .searchPath(searchPath)
                    .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            engine.setDotOutputFile(inputDir.toString(), "input");
            Options options = Options.create().format(format == Format.SVG
                    ? guru.nidi.graphviz.engine.Format.SVG : guru.nidi.graphviz.engine.Format.PNG);
            EngineResult result;
            try {
                result = engine.execute(dot, options, Rasterizer.builtIn(format.extension()));
            } catch (GraphvizException | UncheckedIOException e) {
                throw new RenderException("Graphviz's dot failed: " + firstLine(e.getMessage()), e);
            }
            Path[] output = new Path[1];
            T value = result.map(file -> {
                output[0] = file == null ? null : file.toPath();
                if (file == null || !file.isFile()) {
                    return null;
                }
                try {
                    return use.apply(file.toPath());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, text -> null);
            if (output[0] == null || value == null) {
                throw new RenderException("Graphviz's dot wrote no " + format + " output");
            }
            outputDir = output[0].getParent();
            return value;
        } catch (IOException | UncheckedIOException e) {
            throw new RenderException("Could not write the " + format + ": " + firstLine(e.getMessage()), e);
        } finally {
            deleteQuietly(inputDir);
            if (outputDir != null && outputDir.getFileName().toString().startsWith("DotEngine")) {
                deleteQuietly(outputDir);
            }
        }
    }

    private Path findDot() throws RenderException {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new RenderException("Graphviz's dot command was not found on the PATH; " + INSTALL_HINT);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder; graphviz-java removes those after three days
        }
    }
}
