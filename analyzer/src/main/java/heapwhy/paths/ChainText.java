package heapwhy.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;

/** One object's shortest chain, one step per line: the root, then each step and the object it reaches. */
public final class ChainText {
    private ChainText() {
    }

    /** "system class X" then a line per step: "  → static X.F  java.util.HashMap 0x7f01a2b8". */
    public static String format(HeapIndex index, Chain chain) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(chain.rootText()).append(nl);
        for (Step step : chain.steps()) {
            out.append("  → ").append(step.label()).append("  ").append(index.describe(step.node())).append(' ')
                    .append(ObjectIdText.hex(index.objectId(step.node()))).append(nl);
        }
        return out.toString();
    }
}
