package heapwhy.testdumps.synthetic;

import java.util.List;

/**
 * Everything a CLASS_DUMP sub-record carries, for the low-level writer. The two reserved ids are always 0.
 *
 * @param instanceSize the dump payload size of an instance (all fields up the hierarchy, references at id size)
 * @param fields       own instance fields only, in payload order
 */
public record ClassDump(long classId, int traceSerial, long superId, long loaderId, long signersId,
                        long protectionDomainId, int instanceSize, List<ConstantPoolEntry> constantPool,
                        List<StaticField> statics, List<FieldDecl> fields) {

    /** A constant pool entry (HotSpot writes none). */
    public record ConstantPoolEntry(int index, Value value) {
    }

    /** A static field and its value; nameId is a UTF8 id. */
    public record StaticField(long nameId, Value value) {
    }

    /** An instance field declaration; nameId is a UTF8 id. */
    public record FieldDecl(long nameId, BasicType type) {
    }

    public ClassDump {
        constantPool = List.copyOf(constantPool);
        statics = List.copyOf(statics);
        fields = List.copyOf(fields);
    }

    /** A class dump as HotSpot writes most of them: trace 1, no signers, domain or constant pool. */
    public static ClassDump of(long classId, long superId, long loaderId, int instanceSize,
                               List<StaticField> statics, List<FieldDecl> fields) {
        return new ClassDump(classId, 1, superId, loaderId, 0, 0, instanceSize, List.of(), statics, fields);
    }
}
