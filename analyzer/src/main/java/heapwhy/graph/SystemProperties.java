package heapwhy.graph;

import heapwhy.hprof.BasicType;
import heapwhy.store.MappedArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a few of the dumped JVM's system properties (version, vendor, command line) from the heap:
 * {@code System.props}, a Properties whose entries live in a ConcurrentHashMap (JDK 9+) or a Hashtable
 * (JDK 8). Anything unexpected just leaves the answer empty: these are a courtesy, not a finding.
 */
final class SystemProperties {
    /** The properties worth showing, in this order. */
    static final List<String> SHOWN = List.of("java.version", "java.vendor", "java.vm.name", "java.vm.version",
            "java.vm.info", "java.home", "os.name", "os.arch", "os.version", "sun.java.command", "user.dir");
    private static final int MAX_ENTRIES = 10_000;

    private final DumpRandomAccess reader;
    private final NodeLookup lookup;
    private final Map<Long, ClassShape> classes;
    private final List<Long> classKeys;
    private final MappedArray classOf;
    private final MappedArray position;
    private final MappedArray length;

    private SystemProperties(DumpRandomAccess reader, NodeLookup lookup, Map<Long, ClassShape> classes,
                             List<Long> classKeys, Path dir) throws IOException {
        this.reader = reader;
        this.lookup = lookup;
        this.classes = classes;
        this.classKeys = classKeys;
        this.classOf = MappedArray.open(dir.resolve(GraphFiles.CLASS_OF), 4);
        this.position = MappedArray.open(dir.resolve(GraphFiles.POSITION), 8);
        this.length = MappedArray.open(dir.resolve(GraphFiles.LENGTH), 4);
    }

    static Map<String, String> read(DumpRandomAccess reader, NodeLookup lookup, Map<Long, ClassShape> classes,
                                    List<Long> classKeys, Path dir) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (!reader.canRead()) {
            return shown;
        }
        try {
            Map<String, String> all = new SystemProperties(reader, lookup, classes, classKeys, dir).all();
            for (String key : SHOWN) {
                if (all.containsKey(key)) {
                    shown.put(key, all.get(key));
                }
            }
        } catch (IOException | RuntimeException e) {
            shown.clear();
        }
        return shown;
    }

    private Map<String, String> all() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        ClassShape system = classes.values().stream().filter(c -> c.name().equals("java.lang.System"))
                .findFirst().orElse(null);
        if (system == null) {
            return result;
        }
        long props = 0;
        for (int i = 0; i < system.staticTypes().length; i++) {
            if (system.staticTypes()[i] == BasicType.OBJECT && "props".equals(system.staticNames()[i])) {
                props = system.staticValues()[i];
            }
        }
        Map<String, Long> properties = fields(props);
        long table = properties.containsKey("map") ? field(fields(properties.get("map")), "table")
                : field(properties, "table");
        for (long entry : elements(table)) {
            for (int chain = 0; entry != 0 && chain < MAX_ENTRIES && result.size() < MAX_ENTRIES; chain++) {
                Map<String, Long> e = fields(entry);
                String key = string(field(e, "key"));
                String value = string(e.containsKey("val") ? e.get("val") : field(e, "value"));
                if (key != null && value != null) {
                    result.put(key, value);
                }
                entry = field(e, "next");
            }
        }
        return result;
    }

    private static long field(Map<String, Long> fields, String name) {
        Long v = fields.get(name);
        return v == null ? 0 : v;
    }

    private int node(long id) {
        return id == 0 ? -1 : lookup.find(id);
    }

    private Map<String, Long> fields(long id) throws IOException {
        int node = node(id);
        if (node < 0 || length.getInt(node) != GraphBuilder.INSTANCE_NODE) {
            return Map.of();
        }
        return reader.fields(classKeys.get(classOf.getInt(node)), position.getLong(node));
    }

    private long[] elements(long id) throws IOException {
        int node = node(id);
        if (node < 0 || length.getInt(node) >= 0 || length.getInt(node) == GraphBuilder.CLASS_NODE) {
            return new long[0];
        }
        return reader.elements(position.getLong(node), Math.min(MAX_ENTRIES, ~length.getInt(node)));
    }

    private String string(long id) throws IOException {
        Map<String, Long> s = fields(id);
        int value = node(field(s, "value"));
        if (value < 0) {
            return null;
        }
        return reader.string(classKeys.get(classOf.getInt(value)), length.getInt(value), position.getLong(value),
                field(s, "coder"), 1 << 16);
    }
}
