package heapwhy.graph;

/** What a node of the object graph is; stored per node as a byte-sized code. */
public enum NodeKind {
    INSTANCE, OBJECT_ARRAY, PRIMITIVE_ARRAY, CLASS
}
