package heapwhy.cli.demo;

/** Wraps prose at word boundaries so that it reads well in an 80-column terminal. */
final class Paragraphs {
    static final int WIDTH = 78;

    private Paragraphs() {
    }

    /** The text broken into lines of at most {@code width} characters (longer words stay whole). */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.trim().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append(System.lineSeparator());
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
