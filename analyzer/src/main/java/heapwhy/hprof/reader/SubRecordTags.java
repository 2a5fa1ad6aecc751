package heapwhy.hprof.reader;

/**
 * The tags of the sub-records inside a heap dump (segment): GC roots, class dumps, instances and arrays.
 * Int constants rather than an enum, so that the reader's switch stays a jump table over the tag byte with
 * no lookup per object. {@link heapwhy.hprof.RootKind} names the same root tags for people. Written from the
 * HPROF format's description (Android's additions included), apart from the synthetic dump writer's tags in
 * testdumps, so that the writer remains an independent check of the reader.
 */
final class SubRecordTags {
    static final int ROOT_UNKNOWN = 0xFF;
    /** Followed by the JNI global reference's own id as well as the object's. */
    static final int ROOT_JNI_GLOBAL = 0x01;
    static final int ROOT_JNI_LOCAL = 0x02;
    static final int ROOT_JAVA_FRAME = 0x03;
    static final int ROOT_NATIVE_STACK = 0x04;
    static final int ROOT_STICKY_CLASS = 0x05;
    static final int ROOT_THREAD_BLOCK = 0x06;
    static final int ROOT_MONITOR_USED = 0x07;
    /** A thread object, with its thread serial and stack trace serial. */
    static final int ROOT_THREAD_OBJECT = 0x08;
    /** Android's root kinds, each an id alone. */
    static final int ROOT_INTERNED_STRING = 0x89;
    static final int ROOT_FINALIZING = 0x8A;
    static final int ROOT_DEBUGGER = 0x8B;
    static final int ROOT_REFERENCE_CLEANUP = 0x8C;
    static final int ROOT_VM_INTERNAL = 0x8D;
    /** Android's, with a thread serial and frame number like a Java frame. */
    static final int ROOT_JNI_MONITOR = 0x8E;
    static final int ROOT_UNREACHABLE = 0x90;

    /** A class: its super, loader, instance size, constant pool, statics and instance field types. */
    static final int CLASS_DUMP = 0x20;
    /** An instance: its class and its fields' values as bytes, the class's own first. */
    static final int INSTANCE_DUMP = 0x21;
    static final int OBJECT_ARRAY_DUMP = 0x22;
    static final int PRIMITIVE_ARRAY_DUMP = 0x23;
    /** Android's primitive array given by its length without its elements. */
    static final int PRIMITIVE_ARRAY_NODATA = 0xC3;
    /** Android's marker of which heap (app, image, zygote) the records that follow belong to. */
    static final int HEAP_DUMP_INFO = 0xFE;

    private SubRecordTags() {
    }
}
