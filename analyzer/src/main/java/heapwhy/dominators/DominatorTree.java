package heapwhy.dominators;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * The dominator tree of a graph whose roots hang off one virtual root (see {@link Dominators#compute}).
 *
 * <p>Encoding: {@link #immediateDominator(int)} returns a node number, or {@link #ROOT} (-1) when the
 * immediate dominator is the virtual root, or {@link #UNREACHABLE} (-2) when the node cannot be reached from
 * the roots. Preorder indexes run over the reachable nodes only, 0..{@link #reachableCount()}-1, in the
 * order of the depth-first search that found them, so a node always comes after its immediate dominator.
 *
 * <p>Memory: two {@code int} arrays, n and n + 1 entries (8 bytes per node). The children lists are built on
 * the first call to {@link #children} or {@link #rootChildren} and then kept: two more {@code int} arrays of
 * n + 2 and of reachable-count entries (another 8 bytes per node at most).
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class DominatorTree {
    /** The immediate dominator of a root-level node: the virtual root. */
    public static final int ROOT = -1;
    /** The "immediate dominator" of a node that cannot be reached from the roots. */
    public static final int UNREACHABLE = -2;

    private final int[] dominatorOf;
    /** Preorder number (1-based, [0] is the virtual root) -> node. */
    private final int[] vertex;
    private final int reachable;
    private volatile Children children;

    DominatorTree(int[] dominatorOf, int[] vertex, int reachable) {
        this.dominatorOf = dominatorOf;
        this.vertex = vertex;
        this.reachable = reachable;
    }

    public int nodeCount() {
        return dominatorOf.length;
    }

    /** The node's immediate dominator, or {@link #ROOT}, or {@link #UNREACHABLE}. */
    public int immediateDominator(int node) {
        return dominatorOf[node];
    }

    public boolean reachable(int node) {
        return dominatorOf[node] != UNREACHABLE;
    }

    public int reachableCount() {
        return reachable;
    }

    /** The reachable node at a preorder index in 0..{@link #reachableCount()}-1; it follows its dominator. */
    public int nodeAtPreorder(int index) {
        if (index < 0 || index >= reachable) {
            throw new IndexOutOfBoundsException("preorder index " + index + " of " + reachable);
        }
        return vertex[index + 1];
    }

    /**
     * Turns shallow sizes into retained sizes in place: afterwards {@code values[v]} is the sum over v's
     * dominator subtree, for every reachable v. Unreachable nodes' entries are left as they were and count
     * nowhere.
     *
     * @param values one entry per node
     * @return the virtual root's retained size: the sum over all reachable nodes
     */
    public long accumulate(long[] values) {
        if (values.length != dominatorOf.length) {
            throw new IllegalArgumentException(values.length + " values for " + dominatorOf.length + " nodes");
        }
        long total = 0;
        for (int i = reachable; i >= 1; i--) {
            int node = vertex[i];
            long value = values[node];
            int dominator = dominatorOf[node];
            if (dominator == ROOT) {
                total += value;
            } else {
                values[dominator] += value;
            }
        }
        return total;
    }

    /**
     * Retained sizes of all nodes (0 for unreachable ones), from shallow sizes. Allocates n longs; see
     * {@link #accumulate} to reuse an array.
     */
    public long[] retainedSizes(IntToLongFunction shallowSize) {
        long[] values = new long[dominatorOf.length];
        for (int v = 0; v < values.length; v++) {
            if (dominatorOf[v] != UNREACHABLE) {
                values[v] = shallowSize.applyAsLong(v);
            }
        }
        accumulate(values);
        return values;
    }

    /** The nodes the node immediately dominates, in preorder; empty for unreachable nodes. */
    public int[] children(int node) {
        if (node < 0 || node >= dominatorOf.length) {
            throw new IndexOutOfBoundsException("node " + node + " of " + dominatorOf.length);
        }
        return children().of(node + 1);
    }

    /** The nodes the virtual root immediately dominates, in preorder. */
    public int[] rootChildren() {
        return children().of(0);
    }

    private Children children() {
        Children built = children;
        if (built == null) {
            synchronized (this) {
                built = children;
                if (built == null) {
                    built = buildChildren();
                    children = built;
                }
            }
        }
        return built;
    }

    /** Children lists as CSR, slot 0 for the virtual root and slot v + 1 for node v. */
    private Children buildChildren() {
        int n = dominatorOf.length;
        int[] start = new int[n + 2];
        for (int i = 1; i <= reachable; i++) {
            start[dominatorOf[vertex[i]] + 2]++; // slot + 1
        }
        for (int s = 1; s < start.length; s++) {
            start[s] += start[s - 1];
        }
        // start[slot] is the beginning of slot; filling advances it to the slot's end
        int[] list = new int[reachable];
        for (int i = 1; i <= reachable; i++) {
            int node = vertex[i];
            list[start[dominatorOf[node] + 1]++] = node;
        }
        return new Children(start, list);
    }

    /** After filling, slot s holds list[start[s - 1] .. start[s] - 1] (from 0 for slot 0). */
    private record Children(int[] start, int[] list) {
        int[] of(int slot) {
            return Arrays.copyOfRange(list, slot == 0 ? 0 : start[slot - 1], start[slot]);
        }
    }
}
