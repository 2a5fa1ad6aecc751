package heapwhy.paths.walk;

import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Which edges are not strong: the {@code referent} of java.lang.ref.Reference objects (weak, soft, phantom
 * and final references). A class counts as a Reference when its name is one of the JDK's reference classes or
 * when its instances have both a {@code referent} and a {@code queue} field (the Reference layout, so that
 * subclasses such as ThreadLocalMap.Entry or WeakHashMap.Entry count too). Decided once per class, from the
 * first instance met.
 */
final class ReferenceEdges {
    private static final Set<String> REFERENCE_CLASSES = Set.of("java.lang.ref.Reference",
            "java.lang.ref.WeakReference", "java.lang.ref.SoftReference", "java.lang.ref.PhantomReference",
            "java.lang.ref.FinalReference", "java.lang.ref.Finalizer");
    private static final byte UNKNOWN = 0;
    private static final byte STRONG = 1;
    private static final byte REFERENCE = 2;

    private final HeapIndex index;
    private final byte[] kindByClass;

    ReferenceEdges(HeapIndex index) throws IOException {
        this.index = index;
        this.kindByClass = new byte[index.classes().size()];
    }

    /** Whether the node is an instance of a Reference-like class. */
    boolean isReference(int node) throws IOException {
        int c = index.classIndex(node);
        if (kindByClass[c] == UNKNOWN) {
            kindByClass[c] = decide(node) ? REFERENCE : STRONG;
        }
        return kindByClass[c] == REFERENCE && !index.isClass(node);
    }

    private boolean decide(int node) throws IOException {
        if (index.isClass(node) || index.contents().arrayLength(node) >= 0) {
            return false;
        }
        if (REFERENCE_CLASSES.contains(index.classOf(node).name())) {
            return true;
        }
        boolean referent = false;
        boolean queue = false;
        for (HeapField f : index.contents().fields(node)) {
            referent |= f.name().equals("referent");
            queue |= f.name().equals("queue");
        }
        return referent && queue;
    }

    /**
     * The node a Reference object refers to only weakly (its referent), or -1 when it has none or another of
     * its fields holds the same object strongly.
     */
    int weakReferent(int node) throws IOException {
        List<HeapField> fields = index.contents().fields(node);
        int referent = -1;
        for (HeapField f : fields) {
            if (f.name().equals("referent")) {
                referent = f.node();
                break;
            }
        }
        if (referent < 0) {
            return -1;
        }
        boolean seen = false;
        for (HeapField f : fields) {
            if (f.node() == referent) {
                if (seen) {
                    return -1;
                }
                seen = true;
            }
        }
        return referent;
    }
}
