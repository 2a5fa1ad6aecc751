package heapwhy.cli.common;

import heapwhy.graph.HeapIndex;
import heapwhy.util.ObjectIdText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** The object an {@code --id} option names, checked: in the dump and in the graph. */
public final class ObjectIdOption {
    private ObjectIdOption() {
    }

    public static long parseId(CommandSpec spec, String id) {
        Long wanted = ObjectIdText.parse(id);
        if (wanted == null) {
            throw new ParameterException(spec.commandLine(), "--id must be an object id in 0x-hex or decimal, not '"
                    + id + "'");
        }
        return wanted;
    }

    public static int find(HeapIndex heap, Path dump, long wanted) {
        int node = heap.findObject(wanted);
        if (node < 0) {
            throw new UnreadableDumpException(dump + ": no object with id " + ObjectIdText.hex(wanted)
                    + " in the dump");
        }
        if (!heap.inGraph(node)) {
            throw new UnreadableDumpException(dump + ": object " + ObjectIdText.hex(wanted) + " ("
                    + heap.describe(node) + ") is unreachable, left out of the graph; "
                    + "--keep-unreachable keeps it");
        }
        return node;
    }
}
