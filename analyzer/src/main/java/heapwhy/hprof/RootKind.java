package heapwhy.hprof;

/**
 * GC root kinds by their HPROF sub-record tag (as the reader's SubRecordTags names them), with the words the
 * reports use.
 */
public enum RootKind {
    UNKNOWN(0xFF, "unknown root"),
    JNI_GLOBAL(0x01, "JNI global"),
    JNI_LOCAL(0x02, "JNI local"),
    JAVA_FRAME(0x03, "Java stack frame"),
    NATIVE_STACK(0x04, "native stack"),
    STICKY_CLASS(0x05, "system class"),
    THREAD_BLOCK(0x06, "thread block"),
    MONITOR_USED(0x07, "busy monitor"),
    THREAD_OBJECT(0x08, "thread"),
    INTERNED_STRING(0x89, "interned string"),
    FINALIZING(0x8A, "finalizing"),
    DEBUGGER(0x8B, "debugger"),
    REFERENCE_CLEANUP(0x8C, "reference cleanup"),
    VM_INTERNAL(0x8D, "VM internal"),
    JNI_MONITOR(0x8E, "JNI monitor"),
    UNREACHABLE(0x90, "unreachable");

    private final int tag;
    private final String description;

    RootKind(int tag, String description) {
        this.tag = tag;
        this.description = description;
    }

    public int tag() {
        return tag;
    }

    public String description() {
        return description;
    }

    public static RootKind ofTag(int tag) {
        for (RootKind kind : values()) {
            if (kind.tag == tag) {
                return kind;
            }
        }
        throw new IllegalArgumentException("root tag " + tag);
    }
}
