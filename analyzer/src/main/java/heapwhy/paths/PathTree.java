package heapwhy.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One node of the merged shortest paths: a GC root, a step to an object on the way, a group of targets
 * reached by the same kind of step from the same holder, or "N more" for the children cut by the too-many
 * limit. Each carries the number of paths (targets) through it and what those targets retain together.
 */
public final class PathTree {
    private static final int MAX_EXAMPLES = 3;

    /** What the node stands for. */
    public enum Kind { ROOT, STEP, TARGET, MORE }

    private final Kind kind;
    private String label;
    private int node;
    private final String className;
    private final String value;
    private long count;
    private long bytes;
    private int hidden;
    private final List<PathTree> children = new ArrayList<>();
    private final List<String> examples = new ArrayList<>(1);

    PathTree(Kind kind, String label, int node, String className, String value) {
        this.kind = kind;
        this.label = label;
        this.node = node;
        this.className = className;
        this.value = value;
    }

    /** Keeps the step as one of the examples of what merges here (the first, for a node just made). */
    void example(String stepLabel) {
        boolean tellsMore = !stepLabel.equals(Backrefs.grouped(stepLabel));
        if (tellsMore && examples.size() < MAX_EXAMPLES && !examples.contains(stepLabel)) {
            examples.add(stepLabel);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The root spelled out, the step ("static MyCache.ENTRIES", "map[\"k\"]", "list[…]"), or "N more". */
    public String label() {
        return label;
    }

    /** The object (the root's object, the step's object, the single target), or -1 when several objects
     * were reached by the same step (and for MORE). */
    public int node() {
        return node;
    }

    /** The object's class as {@link heapwhy.graph.HeapIndex#describe} tells it; the targets' class for groups. */
    public String className() {
        return className;
    }

    /** A short value of the object (a string quoted, a boxed number), or null. */
    public String value() {
        return value;
    }

    /** Paths through this node: the targets below it. */
    public long count() {
        return count;
    }

    /** What the targets below retain together: each object once, though one target may retain another. */
    public long bytes() {
        return bytes;
    }

    /** For MORE: how many children it stands for. */
    public int hidden() {
        return hidden;
    }

    public List<PathTree> children() {
        return Collections.unmodifiableList(children);
    }

    void add(long paths, long retained) {
        count += paths;
        bytes += retained;
    }

    List<PathTree> mutableChildren() {
        return children;
    }

    /**
     * The steps of the first few paths merged here as each read before merging ({@code map["inv-1"]},
     * {@code map["inv-2"]}, …), distinct, in the order met, at most three; none for steps worded by shape alone.
     */
    public List<String> examples() {
        return Collections.unmodifiableList(examples);
    }

    /**
     * A merged step's first few steps as they read one by one, for the end of its line:
     * {@code "; e.g. map[\"a\"], map[\"b\"], …"}; empty when nothing different was merged.
     */
    public String examplesText() {
        if (examples.size() < 2) {
            return "";
        }
        return "; e.g. " + String.join(", ", examples) + (count > examples.size() ? ", …" : "");
    }

    /**
     * A second object reached by a step of the same shape: the step is shown by its shape (no key, index or
     * run length), and no single object; {@code otherLabel} is the step as it read (null when it was worded by
     * its shape alone), kept as an example.
     */
    void merge(int other, String otherLabel, String groupedLabel) {
        if (other != node && node >= 0) {
            node = -1;
            label = groupedLabel;
        }
        if (otherLabel != null) {
            example(otherLabel);
        }
    }

    void hidden(int n) {
        hidden = n;
    }
}
