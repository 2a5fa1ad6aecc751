package heapwhy.testdumps.synthetic;

/**
 * GC root sub-records, HotSpot's and Android's. Each kind knows which fields follow the object id, so one
 * {@code root(kind, id, extra...)} call can write any of them.
 */
public enum RootKind {
    UNKNOWN(0xFF, Shape.ID),
    /** extra: the JNI global handle address (an id, not an object). */
    JNI_GLOBAL(0x01, Shape.ID_ID),
    /** extra: thread serial, frame index. */
    JNI_LOCAL(0x02, Shape.ID_U4_U4),
    /** extra: thread serial, frame index into the thread's TRACE. */
    JAVA_FRAME(0x03, Shape.ID_U4_U4),
    /** extra: thread serial. */
    NATIVE_STACK(0x04, Shape.ID_U4),
    STICKY_CLASS(0x05, Shape.ID),
    /** extra: thread serial. */
    THREAD_BLOCK(0x06, Shape.ID_U4),
    MONITOR_USED(0x07, Shape.ID),
    /** extra: thread serial, stack trace serial. */
    THREAD_OBJ(0x08, Shape.ID_U4_U4),
    // Android
    INTERNED_STRING(0x89, Shape.ID),
    FINALIZING(0x8A, Shape.ID),
    DEBUGGER(0x8B, Shape.ID),
    REFERENCE_CLEANUP(0x8C, Shape.ID),
    VM_INTERNAL(0x8D, Shape.ID),
    /** Android; extra: thread serial, frame index. */
    JNI_MONITOR(0x8E, Shape.ID_U4_U4),
    UNREACHABLE(0x90, Shape.ID);

    /** What follows the tag byte. */
    public enum Shape {
        ID(0), ID_ID(1), ID_U4(1), ID_U4_U4(2);

        private final int extras;

        Shape(int extras) {
            this.extras = extras;
        }

        /** How many values follow the object id. */
        public int extras() {
            return extras;
        }
    }

    private final int tag;
    private final Shape shape;

    RootKind(int tag, Shape shape) {
        this.tag = tag;
        this.shape = shape;
    }

    public int tag() {
        return tag;
    }

    public Shape shape() {
        return shape;
    }

    public boolean isAndroid() {
        return tag >= 0x89 && tag <= 0x90;
    }

    /** Sub-record size including the tag byte. */
    public int size(int idSize) {
        return switch (shape) {
            case ID -> 1 + idSize;
            case ID_ID -> 1 + 2 * idSize;
            case ID_U4 -> 1 + idSize + 4;
            case ID_U4_U4 -> 1 + idSize + 8;
        };
    }

    public static RootKind fromTag(int tag) {
        for (RootKind k : values()) {
            if (k.tag == tag) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a root tag: 0x" + Integer.toHexString(tag));
    }
}
