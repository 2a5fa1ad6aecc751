package heapwhy.waste;

import heapwhy.graph.HeapIndex;

import java.io.IOException;

/**
 * The under-filled inspection: collections below a quarter full (their unused slots), then object arrays
 * mostly null (their null slots), each named by what holds the collection or array.
 */
final class UnderFilledWaste {
    private UnderFilledWaste() {
    }

    static WasteFinding find(HeapIndex index, Candidates found, Waste.Owners owners, int top) throws IOException {
        long[] ownArrays = new long[(index.nodeCount() >>> 6) + 1];
        PerClass perClass = new PerClass(index.classes().size());
        OwnerTally tally = new OwnerTally(index);
        long objects = 0;
        long bytes = 0;
        // every collection first: it marks its own array, which the arrays' pass must then leave alone
        for (int i = 0; i < found.measuredCollections.size(); i++) {
            int array = found.measuredArrays.get(i);
            if (array >= 0) {
                ownArrays[array >>> 6] |= 1L << array;
            }
            long wasted = found.measuredWaste.get(i);
            if (wasted > 0) {
                int node = found.measuredCollections.get(i);
                perClass.add(index.classIndex(node), wasted);
                tally.add(owners.holder(node), node, wasted);
                objects++;
                bytes += wasted;
            }
        }
        MostlyNullArrays arrays = new MostlyNullArrays(index);
        for (int i = 0; i < found.objectArrays.size(); i++) {
            int node = found.objectArrays.get(i);
            long wasted = arrays.wasted(node, ownArrays);
            if (wasted > 0) {
                perClass.add(index.classIndex(node), wasted);
                tally.add(owners.holder(node), node, wasted);
                objects++;
                bytes += wasted;
            }
        }
        return new WasteFinding(WasteKind.UNDER_FILLED, objects, bytes, perClass.classes(), tally.top(top),
                perClass.biggest(index, top, ""));
    }
}
