package heapwhy.layout.fields;

/**
 * One field of an instance where the JVM put it.
 *
 * @param offset bytes from the object's start
 * @param size bytes it takes
 * @param type "int", "boolean"… or "reference" (a heap dump does not say a reference field's declared type)
 * @param name the field's name (raw: dump text, escaped by the renderers); {@link #HIDDEN} for a field the
 *             JVM injects and the dump does not list
 * @param declaredBy the class that declares it, in Java syntax
 */
public record FieldSlot(int offset, int size, String type, String name, String declaredBy) {
    /** The name of a field the JVM adds to a few JDK classes without listing it in the dump. */
    public static final String HIDDEN = "<hidden>";
}
