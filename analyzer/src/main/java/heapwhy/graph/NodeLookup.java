package heapwhy.graph;

/** Object id → node number, while a graph is being built. */
interface NodeLookup {
    /** The node of this id, or -1 when no object in the dump has it. */
    int find(long id);
}
