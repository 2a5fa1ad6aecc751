package heapwhy.graph;

/** Names of the files an index directory holds; each is an array of native-order ints or longs. */
final class GraphFiles {
    static final String IDS = "ids.longs";
    static final String CLASS_OF = "class.ints";
    static final String POSITION = "position.longs";
    static final String LENGTH = "length.ints";
    static final String SHALLOW = "shallow.longs";
    static final String OUT_OFFSETS = "out-offsets.longs";
    static final String OUT_TARGETS = "out-targets.ints";
    static final String IN_OFFSETS = "in-offsets.longs";
    static final String IN_TARGETS = "in-targets.ints";
    static final String IDOM = "idom.ints";
    static final String RETAINED = "retained.longs";
    static final String META = "meta.bin";

    private GraphFiles() {
    }
}
