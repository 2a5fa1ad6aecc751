package heapwhy.waste.growth;

import heapwhy.waste.WasteKind;

import java.util.List;

/**
 * One thing's waste in each dump, oldest first: an inspection's total, a holder of wasted objects (a
 * {@link heapwhy.waste.WasteOwner}'s name) or a wasted value or type (a {@link heapwhy.waste.WasteExample}'s
 * text). A dump that does not name it counts 0.
 *
 * @param kind the inspection
 * @param name the holder or value for people (raw dump text, escaped by the renderers); for a total, the
 *             inspection's title
 * @param objects per dump: the wasted objects (for a value, its copies, the one that would stay included)
 * @param bytes per dump: the bytes wasted
 */
public record WasteSeries(WasteKind kind, String name, List<Long> objects, List<Long> bytes) {
    public WasteSeries {
        objects = List.copyOf(objects);
        bytes = List.copyOf(bytes);
        if (objects.size() != bytes.size() || bytes.isEmpty()) {
            throw new IllegalArgumentException("one value per dump, in both series");
        }
    }

    /** Bytes wasted in the last dump minus in the first. */
    public long bytesGrowth() {
        return bytes.get(bytes.size() - 1) - bytes.get(0);
    }

    public long objectsGrowth() {
        return objects.get(objects.size() - 1) - objects.get(0);
    }

    /** True when the bytes wasted rise in every interval (from the first dump to the second, with two). */
    public boolean growsInEveryInterval() {
        for (int d = 1; d < bytes.size(); d++) {
            if (bytes.get(d) <= bytes.get(d - 1)) {
                return false;
            }
        }
        return bytes.size() > 1;
    }
}
