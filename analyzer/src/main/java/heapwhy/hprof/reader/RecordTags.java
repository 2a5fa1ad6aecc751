package heapwhy.hprof.reader;

/**
 * The tags of HPROF's top-level records that the reader acts on; every other record is skipped by its
 * length. Int constants rather than an enum, so that the reader's switch stays a jump table over the tag byte
 * with no lookup per record. Written from the HPROF format's description, on purpose apart from the synthetic
 * dump writer's tags in testdumps, so that the writer remains an independent check of the reader.
 */
final class RecordTags {
    /** An id and the modified-UTF-8 bytes of a name (classes, fields, methods, files). */
    static final int UTF8 = 0x01;
    /** A class's serial number, object id, stack trace serial and name id. */
    static final int LOAD_CLASS = 0x02;
    /** One stack frame: method, signature, source file, class serial and line. */
    static final int FRAME = 0x04;
    /** A stack trace: its serial, its thread's serial and its frames' ids. */
    static final int TRACE = 0x05;
    /** The whole heap in one record (HPROF 1.0.1), made of {@link SubRecordTags sub-records}. */
    static final int HEAP_DUMP = 0x0C;
    /** One segment of the heap (HPROF 1.0.2, as HotSpot writes it), made of sub-records. */
    static final int HEAP_DUMP_SEGMENT = 0x1C;
    /** The end of a segmented heap dump. */
    static final int HEAP_DUMP_END = 0x2C;

    private RecordTags() {
    }
}
