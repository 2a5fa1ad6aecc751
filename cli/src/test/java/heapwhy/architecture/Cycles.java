package heapwhy.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The strongly connected groups of a small directed graph (Tarjan's algorithm) that hold more than one node. */
final class Cycles {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<List<String>> found = new ArrayList<>();

    private Cycles(Map<String, Set<String>> edges) {
        this.edges = edges;
    }

    /** Each cycle as the sorted list of its nodes; nodes outside {@code edges}' keys are ignored. */
    static List<List<String>> find(Map<String, Set<String>> edges) {
        Cycles cycles = new Cycles(edges);
        for (String node : edges.keySet()) {
            if (!cycles.index.containsKey(node)) {
                cycles.visit(node);
            }
        }
        return cycles.found;
    }

    private void visit(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!edges.containsKey(next)) {
                continue;
            }
            if (!index.containsKey(next)) {
                visit(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> group = new ArrayList<>();
            String top;
            do {
                top = stack.remove(stack.size() - 1);
                group.add(top);
            } while (!top.equals(node));
            if (group.size() > 1) {
                group.sort(null);
                found.add(group);
            }
        }
    }
}
