package heapwhy.cli;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.Step;

/** One object's shortest chain, one step per line: the root, then each step and the object it reaches. */
final class PathText {
    private PathText() {
    }

    static String format(HeapIndex index, Chain chain) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(chain.rootText()).append(nl);
        for (Step step : chain.steps()) {
            out.append("  → ").append(step.label()).append("  ").append(index.describe(step.node())).append(' ')
                    .append(ObjectIds.hex(index.objectId(step.node()))).append(nl);
        }
        return out.toString();
    }
}
