package heapwhy.layout;

/**
 * How the dumped JVM laid objects out in memory, which HPROF does not record directly.
 *
 * @param headerBytes instance header size: 12 with compressed class pointers, 16 without, 8 with compact headers
 * @param referenceBytes size of a reference field: 4 with compressed oops, 8 without
 * @param objectAlignment object alignment in bytes (8 unless -XX:ObjectAlignmentInBytes)
 * @param arrayBaseOffsets offset of element 0 per HPROF basic type (index = type code 2..11); the
 *                         object-array offset is at index 2
 * @param source how the layout was found, for the summary and for doubts ("Unsafe static fields", "assumed")
 */
public record HeapLayout(int headerBytes, int referenceBytes, int objectAlignment, int[] arrayBaseOffsets,
                         String source) {

    public HeapLayout {
        arrayBaseOffsets = arrayBaseOffsets.clone();
    }

    @Override
    public int[] arrayBaseOffsets() {
        return arrayBaseOffsets.clone();
    }

    public int arrayBaseOffset(int basicType) {
        return arrayBaseOffsets[basicType];
    }

    public boolean compressedOops() {
        return referenceBytes == 4;
    }

    public boolean compressedClassPointers() {
        return headerBytes == 12;
    }

    /** Rounds a raw size up to the object alignment. */
    public long align(long bytes) {
        long mask = objectAlignment - 1L;
        return (bytes + mask) & ~mask;
    }

    /** One-line description, e.g. "compressed oops, compressed class pointers, 8-byte alignment". */
    public String describe() {
        String oops = compressedOops() ? "compressed oops" : "uncompressed oops";
        String klass = headerBytes == 8 ? "compact object headers"
                : compressedClassPointers() ? "compressed class pointers" : "uncompressed class pointers";
        return oops + ", " + klass + ", " + objectAlignment + "-byte alignment (" + source + ")";
    }
}
