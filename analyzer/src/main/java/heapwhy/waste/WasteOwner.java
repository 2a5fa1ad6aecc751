package heapwhy.waste;

/**
 * What holds wasted objects: the field on their shortest path from the GC roots, or the field that holds the
 * container they are in ("Customer.country", "static Catalog.NAMES (HashMap values)").
 *
 * @param name the holder for people (raw: dump text, escaped by the renderers)
 * @param objects the wasted objects it holds
 * @param bytes the bytes they waste
 * @param exampleId the dump id of one object that shows the waste (the first found: a wasted object, the array of
 *                  boxes, an instance of the class), to inspect it or show its paths
 */
public record WasteOwner(String name, long objects, long bytes, long exampleId) {
}
