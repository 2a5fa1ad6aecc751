package heapwhy.inspect;

import java.util.List;

/**
 * What one object is and how it is linked: the object inspector's answer. Lists are cut at the limit asked
 * for; the counts say how many there are in all.
 *
 * @param node the object's node in the index
 * @param id its object id in the dump
 * @param what its class (or {@code class X} for a class mirror)
 * @param value its short value ({@code "tenant-3"}, {@code 42}, {@code RED}), or null
 * @param shallowBytes its own size
 * @param retainedBytes what it keeps alive alone
 * @param dominator its immediate dominator's node, or {@link heapwhy.graph.HeapIndex#ROOT} when only GC roots
 *                  keep it alive, or {@link heapwhy.graph.HeapIndex#UNREACHABLE}
 * @param arrayLength its length if it is an array, else -1
 * @param roots the GC roots it is, spelled out ({@code system class com.acme.MyCache}); empty if none
 * @param fields its fields (statics for a class, elements for an object array) with their values
 * @param fieldCount how many fields it has in all
 * @param outgoing the objects it refers to, as the object graph has them
 * @param outgoingCount how many in all
 * @param referrers the objects that refer to it
 * @param referrerCount how many in all
 * @param fieldsReadable false when the dump cannot be read at random (plain gzip) or is gone: no fields then
 */
public record ObjectDetails(int node, long id, String what, String value, long shallowBytes, long retainedBytes,
                            int dominator, int arrayLength, List<String> roots, List<FieldValue> fields,
                            int fieldCount, List<Reference> outgoing, int outgoingCount, List<Reference> referrers,
                            int referrerCount, boolean fieldsReadable) {
    public ObjectDetails {
        roots = List.copyOf(roots);
        fields = List.copyOf(fields);
        outgoing = List.copyOf(outgoing);
        referrers = List.copyOf(referrers);
    }
}
