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

    /**
     * Scans the header and top-level records of any HPROF bytes (not sub-records). A last record that runs past
     * the end gets the length actually present; trailing bytes too short for a record header become a RAW entry.
     */
    public static RecordMap scan(byte[] hprof) {
        List<Entry> out = new ArrayList<>();
        int nul = 0;
        while (nul < hprof.length && hprof[nul] != 0) {
            nul++;
        }
        int pos = nul + 1 + 4 + 8;
        if (pos > hprof.length) {
            throw new IllegalArgumentException("no complete HPROF header");
        }
        out.add(new Entry(0, Kind.HEADER, -1, pos, 0));
        while (pos < hprof.length) {
            int left = hprof.length - pos;
            if (left < HprofTags.RECORD_HEADER_SIZE) {
                out.add(new Entry(pos, Kind.RAW, -1, left, 0));
                break;
            }
            long declared = u4(hprof, pos + 5);
            long length = Math.min(HprofTags.RECORD_HEADER_SIZE + declared, left);
            out.add(new Entry(pos, Kind.RECORD, hprof[pos] & 0xFF, length, 0));
            pos += (int) length;
        }
        return new RecordMap(out);
    }

    static long u4(byte[] b, long offset) {
        int o = Math.toIntExact(offset);
        return ((b[o] & 0xFFL) << 24) | ((b[o + 1] & 0xFFL) << 16) | ((b[o + 2] & 0xFFL) << 8) | (b[o + 3] & 0xFFL);
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
