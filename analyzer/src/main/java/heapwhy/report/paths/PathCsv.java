package heapwhy.report.paths;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.Chain;
import heapwhy.paths.Step;
import heapwhy.report.Csv;
import heapwhy.util.ObjectIdText;

/**
 * One object's shortest chain as CSV, one row per step from the root: {@code depth,label,id,class}. Depth 0 is
 * the root, its label the root spelled out; no chain gives the header alone.
 */
public final class PathCsv {
    private PathCsv() {
    }

    public static String format(HeapIndex index, Chain chain) {
        StringBuilder out = new StringBuilder(Csv.record("depth", "label", "id", "class"));
        if (chain == null) {
            return out.toString();
        }
        int first = chain.steps().isEmpty() ? chain.target() : -1;
        out.append(Csv.record("0", chain.rootText(), first < 0 ? "" : ObjectIdText.hex(index.objectId(first)),
                first < 0 ? "" : index.describe(first)));
        int depth = 0;
        for (Step step : chain.steps()) {
            out.append(Csv.record(String.valueOf(++depth), step.label(), ObjectIdText.hex(index.objectId(step.node())),
                    index.describe(step.node())));
        }
        return out.toString();
    }
}
