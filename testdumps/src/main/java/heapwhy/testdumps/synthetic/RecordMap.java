package heapwhy.testdumps.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Where each piece of a written dump starts, so broken-file tests can cut or corrupt at a precise byte
 * (the tag of the third instance, the length field of the last segment...). Offsets are into the uncompressed
 * bytes.
 */
public record RecordMap(List<Entry> entries) {

    /** What an entry is. HEADER and RAW entries have tag -1. */
    public enum Kind { HEADER, RECORD, SUB_RECORD, RAW }

    /**
     * One written piece.
     *
     * @param offset where its first byte (the tag) is
     * @param length bytes actually written, tag included (for a record: 9 + body, whatever its length field says)
     * @param id     the object, class or UTF8 id it describes, 0 when none
     */
    public record Entry(long offset, Kind kind, int tag, long length, long id) {
        public long end() {
            return offset + length;
        }

        /** For a top-level record: where its u4 length field is. */
        public long lengthFieldOffset() {
            requireRecord();
            return offset + 5;
        }

        /** For a top-level record: where its body starts. */
        public long bodyOffset() {
            requireRecord();
            return offset + HprofTags.RECORD_HEADER_SIZE;
        }

        private void requireRecord() {
            if (kind != Kind.RECORD) {
                throw new IllegalStateException("not a top-level record: " + this);
            }
        }

        @Override
        public String toString() {
            return kind + (tag >= 0 ? " 0x" + Integer.toHexString(tag) : "") + " @" + offset + " len " + length
                    + (id != 0 ? " id 0x" + Long.toHexString(id) : "");
        }
    }

    public RecordMap {
        entries = List.copyOf(entries);
    }

    public List<Entry> records() {
        return filter(e -> e.kind() == Kind.RECORD);
    }

    public List<Entry> subRecords() {
        return filter(e -> e.kind() == Kind.SUB_RECORD);
    }

    public List<Entry> records(int tag) {
        return filter(e -> e.kind() == Kind.RECORD && e.tag() == tag);
    }

    public List<Entry> subRecords(int tag) {
        return filter(e -> e.kind() == Kind.SUB_RECORD && e.tag() == tag);
    }

    public Entry firstRecord(int tag) {
        return first(records(tag), "record", tag);
    }

    public Entry lastRecord(int tag) {
        return last(records(tag), "record", tag);
    }

    public Entry firstSubRecord(int tag) {
        return first(subRecords(tag), "sub-record", tag);
    }

    public Entry lastSubRecord(int tag) {
        return last(subRecords(tag), "sub-record", tag);
    }

    /** The last top-level record in the file. */
    public Entry lastRecord() {
        return last(records(), "record", -1);
    }

    /** The sub-record (instance, array, class dump) that describes the object or class with this id. */
    public Entry subRecordOf(long id) {
        return subRecords().stream()
                .filter(e -> e.id() == id && isObjectTag(e.tag()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no object sub-record for id 0x" + Long.toHexString(id)));
    }

    private static boolean isObjectTag(int tag) {
        return tag == HprofTags.CLASS_DUMP || tag == HprofTags.INSTANCE_DUMP || tag == HprofTags.OBJ_ARRAY_DUMP
                || tag == HprofTags.PRIM_ARRAY_DUMP || tag == HprofTags.PRIM_ARRAY_NODATA;
    }

    private List<Entry> filter(Predicate<Entry> p) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Entry first(List<Entry> list, String what, int tag) {
        if (list.isEmpty()) {
            throw new NoSuchElementException("no " + what + " with tag 0x" + Integer.toHexString(tag));
        }
        return list.get(0);
    }

    private static Entry last(List<Entry> list, String what, int tag) {
        if (list.isEmpty()) {
            throw new NoSuchElementException("no " + what + (tag >= 0 ? " with tag 0x" + Integer.toHexString(tag) : ""));
        }
        return list.get(list.size() - 1);
    }
}
