package heapwhy.waste;

import java.util.List;

/**
 * What one inspection found.
 *
 * @param kind the inspection
 * @param objects the wasted objects (copies beyond the first, empty collections, zero-length arrays beyond one
 *                per type, under-filled collections and arrays, boxes an array of boxes or an equal box makes
 *                needless)
 * @param wastedBytes the bytes they take that could be saved
 * @param distinct the distinct values or types they fall in (distinct strings, array contents, classes; for
 *                 boxed numbers the box classes)
 * @param owners the biggest holders of the wasted objects, most bytes first
 * @param examples the biggest instances (values, types), most bytes first
 */
public record WasteFinding(WasteKind kind, long objects, long wastedBytes, long distinct, List<WasteOwner> owners,
                           List<WasteExample> examples) {
    public WasteFinding {
        owners = List.copyOf(owners);
        examples = List.copyOf(examples);
    }
}
