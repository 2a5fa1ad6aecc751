package heapwhy.graph;

/**
 * One field of an object as the dump holds it: an instance field, a static field of a class, or an array
 * element (named "[i]").
 *
 * @param name the field's name, "[i]" for an array element
 * @param type its HPROF basic type ({@link heapwhy.hprof.BasicType})
 * @param value the raw value: a reference as an object id (0 for null), floats and doubles as raw bits
 * @param node the node a reference points to, or {@link HeapIndex#NOT_FOUND} (null, a primitive, or an id the
 *             dump never defines)
 */
public record HeapField(String name, int type, long value, int node) {
}
