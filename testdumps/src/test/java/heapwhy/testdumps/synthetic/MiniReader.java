package heapwhy.testdumps.synthetic;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict test-only reader: walks every record and sub-record and fails on anything that does not add up,
 * so tests can check the writer's output structurally. Not the project's parser.
 */
final class MiniReader {
    record Rec(int offset, int tag, int length, List<Sub> subs) {
    }

    record Sub(int offset, int tag, long id) {
    }

    record Cls(long id, long superId, int instanceSize, Map<String, Long> statics, List<String> fields) {
    }

    final String version;
    final int idSize;
    final long timestamp;
    final List<Rec> records = new ArrayList<>();
    final Map<Long, String> utf8 = new HashMap<>();
    final Map<Long, String> loadedClasses = new LinkedHashMap<>();
    final Map<Long, Cls> classDumps = new LinkedHashMap<>();
    final Map<Long, byte[]> instancePayloads = new LinkedHashMap<>();
    final Map<Long, Integer> arrayLengths = new LinkedHashMap<>();
    final List<Long> objectOrder = new ArrayList<>();
    final List<Integer> rootTags = new ArrayList<>();
    private final ByteBuffer b;

    MiniReader(byte[] bytes) {
        b = ByteBuffer.wrap(bytes);
        int nul = 0;
        while (bytes[nul] != 0) {
            nul++;
        }
        version = new String(bytes, 0, nul, StandardCharsets.ISO_8859_1);
        b.position(nul + 1);
        idSize = b.getInt();
        timestamp = b.getLong();
        while (b.hasRemaining()) {
            int off = b.position();
            int tag = b.get() & 0xFF;
            b.getInt();
            int len = b.getInt();
            int end = b.position() + len;
            if (end > bytes.length) {
                throw new IllegalStateException("record at " + off + " runs past EOF");
            }
            List<Sub> subs = new ArrayList<>();
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] s = new byte[len - idSize];
                    b.get(s);
                    utf8.put(id, new String(s, StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    b.getInt();
                    long cid = id();
                    b.getInt();
                    loadedClasses.put(cid, utf8.get(id()));
                }
                case 0x0C, 0x1C -> {
                    while (b.position() < end) {
                        subs.add(sub());
                    }
                }
                default -> b.position(end);
            }
            if (b.position() != end) {
                throw new IllegalStateException("record at " + off + " tag " + tag + " ends at " + b.position()
                        + ", its length says " + end);
            }
            records.add(new Rec(off, tag, len, subs));
        }
    }

    private long id() {
        return idSize == 4 ? b.getInt() & 0xFFFF_FFFFL : b.getLong();
    }

    private int size(int type) {
        return BasicType.fromCode(type).size(idSize);
    }

    private Sub sub() {
        int off = b.position();
        int tag = b.get() & 0xFF;
        long id = 0;
        switch (tag) {
            case 0x20 -> {
                id = id();
                b.getInt();
                long sup = id();
                for (int i = 0; i < 5; i++) {
                    id();
                }
                int isz = b.getInt();
                int ncp = b.getShort() & 0xFFFF;
                for (int i = 0; i < ncp; i++) {
                    b.getShort();
                    skip(size(b.get()));
                }
                Map<String, Long> statics = new LinkedHashMap<>();
                int ns = b.getShort() & 0xFFFF;
                for (int i = 0; i < ns; i++) {
                    String name = utf8.get(id());
                    int n = size(b.get());
                    long v = 0;
                    for (int k = 0; k < n; k++) {
                        v = (v << 8) | (b.get() & 0xFF);
                    }
                    statics.put(name, v);
                }
                List<String> fields = new ArrayList<>();
                int nf = b.getShort() & 0xFFFF;
                for (int i = 0; i < nf; i++) {
                    fields.add(utf8.get(id()));
                    BasicType.fromCode(b.get());
                }
                classDumps.put(id, new Cls(id, sup, isz, statics, fields));
            }
            case 0x21 -> {
                id = id();
                b.getInt();
                id();
                byte[] p = new byte[b.getInt()];
                b.get(p);
                instancePayloads.put(id, p);
                objectOrder.add(id);
            }
            case 0x22 -> {
                id = id();
                b.getInt();
                int n = b.getInt();
                id();
                skip((long) n * idSize);
                arrayLengths.put(id, n);
                objectOrder.add(id);
            }
            case 0x23 -> {
                id = id();
                b.getInt();
                int n = b.getInt();
                skip((long) n * size(b.get()));
                arrayLengths.put(id, n);
                objectOrder.add(id);
            }
            default -> {
                RootKind k = RootKind.fromTag(tag);
                id = id();
                skip(k.size(idSize) - 1 - idSize);
                rootTags.add(tag);
            }
        }
        return new Sub(off, tag, id);
    }

    private void skip(long n) {
        b.position(Math.toIntExact(b.position() + n));
    }

    List<Rec> records(int tag) {
        return records.stream().filter(r -> r.tag() == tag).toList();
    }

    long classIdByName(String name) {
        return loadedClasses.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow()
                .getKey();
    }
}
