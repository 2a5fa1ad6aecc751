package heapwhy.layout.fields;

import java.util.List;

/**
 * One class's instance layout: the header, the fields by offset, and the instance size; what is between them
 * is gaps and trailing padding.
 *
 * @param className the class, in Java syntax
 * @param headerBytes the object header (mark word and class pointer)
 * @param fields every instance field, inherited ones included, by offset
 * @param instanceSize the size of one instance, aligned
 * @param legacy whether the fields are laid out as HotSpot did before JDK 15
 */
public record ClassLayout(String className, int headerBytes, List<FieldSlot> fields, int instanceSize,
                          boolean legacy) {
    public ClassLayout {
        fields = List.copyOf(fields);
    }

    /** The bytes no field uses between the header and the end of the last field. */
    public int gapBytes() {
        int gaps = 0;
        int at = headerBytes;
        for (FieldSlot f : fields) {
            gaps += Math.max(0, f.offset() - at);
            at = Math.max(at, f.offset() + f.size());
        }
        return gaps;
    }

    /** The bytes after the last field up to the instance size (alignment). */
    public int trailingPadding() {
        int end = headerBytes;
        for (FieldSlot f : fields) {
            end = Math.max(end, f.offset() + f.size());
        }
        return instanceSize - end;
    }
}
