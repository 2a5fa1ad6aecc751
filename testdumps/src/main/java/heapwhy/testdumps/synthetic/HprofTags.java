package heapwhy.testdumps.synthetic;

/** Tag bytes of top-level records and heap-dump sub-records, named as in the format reference. */
public final class HprofTags {
    private HprofTags() {
    }

    // top-level records
    public static final int UTF8 = 0x01;
    public static final int LOAD_CLASS = 0x02;
    public static final int UNLOAD_CLASS = 0x03;
    public static final int FRAME = 0x04;
    public static final int TRACE = 0x05;
    public static final int ALLOC_SITES = 0x06;
    public static final int HEAP_SUMMARY = 0x07;
    public static final int START_THREAD = 0x0A;
    public static final int END_THREAD = 0x0B;
    public static final int HEAP_DUMP = 0x0C;
    public static final int CPU_SAMPLES = 0x0D;
    public static final int CONTROL_SETTINGS = 0x0E;
    public static final int HEAP_DUMP_SEGMENT = 0x1C;
    public static final int HEAP_DUMP_END = 0x2C;

    // heap-dump sub-records (roots are in RootKind)
    public static final int CLASS_DUMP = 0x20;
    public static final int INSTANCE_DUMP = 0x21;
    public static final int OBJ_ARRAY_DUMP = 0x22;
    public static final int PRIM_ARRAY_DUMP = 0x23;
    /** Android: a primitive array without its elements. */
    public static final int PRIM_ARRAY_NODATA = 0xC3;
    /** Android: switches the heap (app, image, zygote) the following sub-records belong to. */
    public static final int HEAP_DUMP_INFO = 0xFE;

    /** Length of a top-level record header: u1 tag, u4 time, u4 length. */
    public static final int RECORD_HEADER_SIZE = 9;
}
