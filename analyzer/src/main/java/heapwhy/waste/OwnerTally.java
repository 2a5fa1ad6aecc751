package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wasted objects and bytes added up per owner name; one entry per distinct owner, not per object. */
final class OwnerTally {
    private final Map<String, long[]> byName = new HashMap<>();

    private final HeapIndex index;

    OwnerTally(HeapIndex index) {
        this.index = index;
    }

    /** One wasted object, {@code node}, held by {@code owner}. */
    void add(String owner, int node, long bytes) {
        add(owner, node, 1, bytes);
    }

    /** Several objects wasting {@code bytes} together (the boxes of one array, {@code node}). */
    void add(String owner, int node, long objects, long bytes) {
        long[] sums = byName.computeIfAbsent(owner, k -> new long[] {0, 0, index.objectId(node)});
        sums[0] += objects;
        sums[1] += bytes;
    }

    /** The {@code top} owners with most bytes, then most objects, then by name. */
    List<WasteOwner> top(int top) {
        List<WasteOwner> owners = new ArrayList<>(byName.size());
        byName.forEach((name, sums) -> owners.add(new WasteOwner(name, sums[0], sums[1], sums[2])));
        owners.sort(Comparator.comparingLong(WasteOwner::bytes).reversed()
                .thenComparing(Comparator.comparingLong(WasteOwner::objects).reversed())
                .thenComparing(WasteOwner::name));
        return owners.subList(0, Math.min(top, owners.size()));
    }
}
