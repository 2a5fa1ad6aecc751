package heapwhy.waste;

import java.util.List;

/** An owner without its example object, whose id a test cannot know in advance. */
record OwnerRow(String name, long objects, long bytes) {
    static List<OwnerRow> of(List<WasteOwner> owners) {
        return owners.stream().map(o -> new OwnerRow(o.name(), o.objects(), o.bytes())).toList();
    }
}
