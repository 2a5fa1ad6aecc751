package heapwhy.graph;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a few of the dumped JVM's system properties (its version, vendor, command) from the heap. */
final class SystemProperties {
    private SystemProperties() {
    }

    static Map<String, String> read(Path dump, Path dir, GraphBuilder.Built built) {
        return new LinkedHashMap<>();
    }
}
