package heapwhy.inspect;

/**
 * One field of an inspected object, written for people.
 *
 * @param name the field's name, {@code [i]} for an array element
 * @param type its Java type: {@code int}, {@code boolean}; for a reference the class of the object it holds
 *             ({@code java.util.HashMap}, {@code java.lang.Class} for a class), {@code null} for null, and
 *             {@code java.lang.Object} for an object the dump lacks
 * @param value the value: {@code 42}, {@code null}, or for a reference what it points at and its id
 *              ({@code java.lang.String "tenant-3" 0x7f01a2b8})
 * @param node the node a reference points at, to go there; -1 for primitives, null and ids the dump lacks
 */
public record FieldValue(String name, String type, String value, int node) {
}
