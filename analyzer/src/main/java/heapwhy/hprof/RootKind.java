package heapwhy.hprof;

/** GC root kinds by their HPROF sub-record tag, with the words the reports use. */
public enum RootKind {
    UNKNOWN(SubRecordTags.ROOT_UNKNOWN, "unknown root"),
    JNI_GLOBAL(SubRecordTags.ROOT_JNI_GLOBAL, "JNI global"),
    JNI_LOCAL(SubRecordTags.ROOT_JNI_LOCAL, "JNI local"),
    JAVA_FRAME(SubRecordTags.ROOT_JAVA_FRAME, "Java stack frame"),
    NATIVE_STACK(SubRecordTags.ROOT_NATIVE_STACK, "native stack"),
    STICKY_CLASS(SubRecordTags.ROOT_STICKY_CLASS, "system class"),
    THREAD_BLOCK(SubRecordTags.ROOT_THREAD_BLOCK, "thread block"),
    MONITOR_USED(SubRecordTags.ROOT_MONITOR_USED, "busy monitor"),
    THREAD_OBJECT(SubRecordTags.ROOT_THREAD_OBJECT, "thread"),
    INTERNED_STRING(SubRecordTags.ROOT_INTERNED_STRING, "interned string"),
    FINALIZING(SubRecordTags.ROOT_FINALIZING, "finalizing"),
    DEBUGGER(SubRecordTags.ROOT_DEBUGGER, "debugger"),
    REFERENCE_CLEANUP(SubRecordTags.ROOT_REFERENCE_CLEANUP, "reference cleanup"),
    VM_INTERNAL(SubRecordTags.ROOT_VM_INTERNAL, "VM internal"),
    JNI_MONITOR(SubRecordTags.ROOT_JNI_MONITOR, "JNI monitor"),
    UNREACHABLE(SubRecordTags.ROOT_UNREACHABLE, "unreachable");

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
