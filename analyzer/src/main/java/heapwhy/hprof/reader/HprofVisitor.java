package heapwhy.hprof.reader;

import heapwhy.hprof.RootKind;

import java.io.IOException;

/**
 * Receives the records of a dump in file order. Methods that get the input find it positioned at the
 * record's payload; they may read some of it or none, and the reader moves past the rest.
 */
public interface HprofVisitor {

    default void utf8(long id, byte[] modifiedUtf8) {
    }

    /** Whether {@link #utf8} wants the string bytes (they are skipped otherwise). */
    default boolean wantsStrings() {
        return true;
    }

    default void loadClass(int serial, long classId, int traceSerial, long nameId) {
    }

    default void frame(long frameId, long methodNameId, long signatureId, long sourceFileId, int classSerial,
                       int line) {
    }

    default void trace(int serial, int threadSerial, long[] frameIds) {
    }

    default void root(RootKind kind, long objectId, int threadSerial, int frameIndex) {
    }

    default void classDump(ClassDump dump) {
    }

    default void instance(long id, long classId, long payloadLength, HprofInput payload) throws IOException {
    }

    default void objectArray(long id, long arrayClassId, int length, HprofInput elements) throws IOException {
    }

    /** @param elements positioned at the elements, or null for Android's PRIM_ARRAY_NODATA */
    default void primitiveArray(long id, int elementType, int length, HprofInput elements) throws IOException {
    }
}
