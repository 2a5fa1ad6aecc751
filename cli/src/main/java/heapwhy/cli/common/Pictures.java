package heapwhy.cli.common;

import heapwhy.render.PathGraph;
import heapwhy.render.PathGraphRenderer;
import heapwhy.render.RenderException;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Writes the picture of a path graph for backrefs and path: DOT to stdout when no file is given, SVG and PNG
 * to the file given (or a default file in the current folder), and says where it wrote.
 */
public final class Pictures {
    private Pictures() {
    }

    /** The format a file name asks for ("x.svg" → svg), or the one given when the name says nothing. */
    public static PathFormat formatFor(PathFormat given, Path output) {
        if (output == null || given != PathFormat.text) {
            return given;
        }
        PathGraphRenderer.Format byName = PathGraphRenderer.Format.ofFileName(output.getFileName().toString());
        return byName == null ? given : PathFormat.valueOf(byName.name().toLowerCase(java.util.Locale.ROOT));
    }

    public static void write(PathGraph graph, PathFormat format, Path output, String defaultName, PrintWriter out) {
        PathGraphRenderer renderer = new PathGraphRenderer();
        if (format == PathFormat.dot && output == null) {
            out.print(renderer.toDot(graph));
            return;
        }
        Path file = output != null ? output : Path.of(defaultName + "." + format.picture().extension());
        try {
            renderer.render(graph, format.picture(), file);
        } catch (RenderException e) {
            throw new PictureException(e.getMessage());
        }
        out.println("wrote " + file.toAbsolutePath());
    }
}
