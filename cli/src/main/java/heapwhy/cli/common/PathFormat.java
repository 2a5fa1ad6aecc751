package heapwhy.cli.common;

import heapwhy.render.PathGraphRenderer;

/** The {@code --format} choices of backrefs and path: text, json and csv for terminals and scripts, the rest pictures. */
public enum PathFormat {
    text, json, csv, dot, svg, png;

    public boolean isPicture() {
        return this == dot || this == svg || this == png;
    }

    PathGraphRenderer.Format picture() {
        return PathGraphRenderer.Format.valueOf(name().toUpperCase(java.util.Locale.ROOT));
    }
}
