package heapwhy.testdumps;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test-only reading of a real, uncompressed HotSpot dump, independent of the analyzer: the instances of a few
 * named classes (their field values by name) and every byte[] and int[] (their contents), so a test can check
 * what the class histogram cannot tell, e.g. which Strings share one value array. Reads the whole file into
 * memory: for the scenarios' dumps of a few tens of MB only.
 */
final class DumpScan {
    /** An instance: its class's fields by name, each value as a long (an id for references). */
    record Instance(long id, Map<String, Long> fields) {
    }

    private final int idSize;
    private final Map<Long, String> utf8 = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    /** Per class id of a wanted class: its own field names and basic types, in the dump's order. */
    private final Map<Long, List<Object[]>> fieldLists = new HashMap<>();
    private final Map<Long, List<long[]>> rawInstances = new HashMap<>(); // class id -> {id, data offset}
    private final Map<Long, byte[]> byteArrays = new HashMap<>();
    private final Map<Long, int[]> intArrays = new HashMap<>();
    private final ByteBuffer b;

    private DumpScan(byte[] bytes, Set<String> wantedClasses) {
        b = ByteBuffer.wrap(bytes);
        int nul = 0;
        while (bytes[nul] != 0) {
            nul++;
        }
        b.position(nul + 1);
        idSize = b.getInt();
        b.getLong();
        Set<Long> wanted = new HashSet<>();
        while (b.hasRemaining()) {
            int tag = b.get() & 0xFF;
            b.getInt();
            long length = Integer.toUnsignedLong(b.getInt());
            int end = Math.toIntExact(b.position() + length);
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] text = new byte[end - b.position()];
                    b.get(text);
                    utf8.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    b.getInt();
                    long classId = id();
                    b.getInt();
                    String name = utf8.get(id()).replace('/', '.');
                    classNames.put(classId, name);
                    if (wantedClasses.contains(name) || name.equals("java.lang.String")) {
                        wanted.add(classId);
                    }
                }
                case 0x0C, 0x1C -> heapDump(end, wanted);
                default -> { }
            }
            b.position(end);
        }
    }

    /**
     * Scans {@code dump}, keeping the instances of {@code wantedClasses} (binary names) and of String, and every
     * byte[] and int[].
     */
    static DumpScan read(Path dump, Set<String> wantedClasses) throws IOException {
        return new DumpScan(Files.readAllBytes(dump), wantedClasses);
    }

    private void heapDump(int end, Set<Long> wanted) {
        while (b.position() < end) {
            int sub = b.get() & 0xFF;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> id();
                case 0x01 -> skip(2 * idSize);
                case 0x02, 0x03, 0x08 -> skip(idSize + 8);
                case 0x04, 0x06 -> skip(idSize + 4);
                case 0x20 -> classDump(wanted);
                case 0x21 -> {
                    long id = id();
                    b.getInt();
                    long classId = id();
                    int length = b.getInt();
                    if (wanted.contains(classId)) {
                        rawInstances.computeIfAbsent(classId, k -> new ArrayList<>())
                                .add(new long[] {id, b.position()});
                    }
                    skip(length);
                }
                case 0x22 -> {
                    id();
                    b.getInt();
                    int length = b.getInt();
                    id();
                    skip((long) length * idSize);
                }
                case 0x23 -> {
                    long id = id();
                    b.getInt();
                    int length = b.getInt();
                    int type = b.get();
                    if (type == 8) {
                        byte[] a = new byte[length];
                        b.get(a);
                        byteArrays.put(id, a);
                    } else if (type == 10) {
                        int[] a = new int[length];
                        for (int i = 0; i < length; i++) {
                            a[i] = b.getInt();
                        }
                        intArrays.put(id, a);
                    } else {
                        skip((long) length * size(type));
                    }
                }
                default -> throw new IllegalStateException("sub-record 0x" + Integer.toHexString(sub) + " at "
                        + (b.position() - 1));
            }
        }
    }

    private void classDump(Set<Long> wanted) {
        long classId = id();
        b.getInt();
        skip(6L * idSize);
        b.getInt();
        int constants = b.getShort() & 0xFFFF;
        for (int i = 0; i < constants; i++) {
            b.getShort();
            skip(size(b.get()));
        }
        int statics = b.getShort() & 0xFFFF;
        for (int i = 0; i < statics; i++) {
            id();
            skip(size(b.get()));
        }
        int fields = b.getShort() & 0xFFFF;
        List<Object[]> list = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            long name = id();
            list.add(new Object[] {utf8.get(name), (int) b.get()});
        }
        if (wanted.contains(classId)) {
            fieldLists.put(classId, list);
        }
    }

    /**
     * The instances of one wanted class (or java.lang.String), with their own fields: enough for classes whose
     * superclass is Object, as all the wanted ones are.
     */
    List<Instance> instances(String className) {
        List<Instance> out = new ArrayList<>();
        for (Map.Entry<Long, List<long[]>> e : rawInstances.entrySet()) {
            if (!classNames.get(e.getKey()).equals(className)) {
                continue;
            }
            List<Object[]> fields = fieldLists.get(e.getKey());
            for (long[] raw : e.getValue()) {
                Map<String, Long> values = new HashMap<>();
                int at = (int) raw[1];
                for (Object[] f : fields) {
                    int type = (Integer) f[1];
                    values.put((String) f[0], value(at, type));
                    at += size(type);
                }
                out.add(new Instance(raw[0], values));
            }
        }
        return out;
    }

    /** Every String by id. */
    Map<Long, Instance> strings() {
        Map<Long, Instance> m = new HashMap<>();
        for (Instance i : instances("java.lang.String")) {
            m.put(i.id(), i);
        }
        return m;
    }

    Map<Long, byte[]> byteArrays() {
        return byteArrays;
    }

    Map<Long, int[]> intArrays() {
        return intArrays;
    }

    private long value(int at, int type) {
        return switch (type) {
            case 2 -> idSize == 4 ? Integer.toUnsignedLong(b.getInt(at)) : b.getLong(at);
            case 4, 8 -> b.get(at);
            case 5, 9 -> b.getShort(at);
            case 6, 10 -> b.getInt(at);
            case 7, 11 -> b.getLong(at);
            default -> throw new IllegalStateException("basic type " + type);
        };
    }

    private int size(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("basic type " + type + " at " + b.position());
        };
    }

    private long id() {
        return idSize == 4 ? Integer.toUnsignedLong(b.getInt()) : b.getLong();
    }

    private void skip(long n) {
        b.position(Math.toIntExact(b.position() + n));
    }
}
