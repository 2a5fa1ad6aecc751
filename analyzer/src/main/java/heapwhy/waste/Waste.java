package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.paths.walk.ShortestPaths;
import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Finds memory a program wastes: duplicate strings and arrays, empty collections, zero-length arrays,
 * under-filled collections and arrays, boxed numbers, object overhead; each finding with what holds the waste.
 * One pass over the objects picks the candidates into int lists (no object per heap object); array contents are
 * read from the dump only where another array has the same class and
 * length, and duplicates are confirmed by comparing bytes.
 */
public final class Waste {
    private Waste() {
    }

    /** Runs the inspections the query asks for on the reachable objects of the index. */
    public static WasteReport find(HeapIndex index, WasteQuery query) throws IOException {
        PhaseClock clock = new PhaseClock();
        boolean named = false;
        for (WasteKind kind : WasteKind.values()) {
            named |= kind != WasteKind.OBJECT_OVERHEAD && query.wants(kind);
        }
        // zero-length arrays need the empty collections too: an empty collection's own array is counted with it
        Candidates found = Candidates.pick(index, query.wants(WasteKind.EMPTY_COLLECTIONS)
                        || query.wants(WasteKind.ZERO_LENGTH_ARRAYS),
                query.wants(WasteKind.UNDER_FILLED),
                query.wants(WasteKind.UNDER_FILLED) || query.wants(WasteKind.BOXED_NUMBERS));
        clock.lap("candidates");
        // the owners' search starts only now: the pass keeps both cores busy already (and the JIT, compiling it)
        try (Owners owners = new Owners(index, named)) {
            boolean contents = query.wants(WasteKind.DUPLICATE_STRINGS) || query.wants(WasteKind.DUPLICATE_ARRAYS);
            ContentGroups groups = contents ? new ContentGroups(index, found.primitiveArrays, found.stringValues)
                    : null;
            clock.lap("content groups");
            List<WasteFinding> findings = new ArrayList<>();
            for (WasteKind kind : WasteKind.values()) {
                if (!query.wants(kind)) {
                    continue;
                }
                findings.add(switch (kind) {
                    case DUPLICATE_STRINGS -> duplicateStrings(index, found, groups, owners, query.top());
                    case DUPLICATE_ARRAYS -> duplicateArrays(index, found, groups, owners, query.top());
                    case EMPTY_COLLECTIONS -> emptyCollections(index, found, owners, query.top());
                    case ZERO_LENGTH_ARRAYS -> zeroLengthArrays(index, found, owners, query.top());
                    case UNDER_FILLED -> UnderFilledWaste.find(index, found, owners, query.top());
                    case BOXED_NUMBERS -> BoxedNumbers.find(index, found, owners, query.top());
                    case OBJECT_OVERHEAD -> ObjectOverhead.find(index, found, query.top());
                });
                clock.lap(kind.name().toLowerCase(java.util.Locale.ROOT));
            }
            return new WasteReport(findings, index.graphBytes());
        }
    }

    /**
     * Names what holds wasted objects. The shortest paths it names them by take a search of the whole graph,
     * which needs nothing the inspections find: it runs on a thread of its own while they run, reading the index
     * only (whose lazily built tables are built before it starts, or by it alone: the id lookup table). Closing
     * waits for the search, so that no thread outlives the run.
     */
    static final class Owners implements AutoCloseable {
        private final HeapIndex index;
        private final CompletableFuture<ShortestPaths> paths;
        private OwnerNames names;

        /** {@code needed}: whether some inspection names owners; else nothing is searched. */
        Owners(HeapIndex index, boolean needed) throws IOException {
            this.index = index;
            if (!needed) {
                paths = null;
                return;
            }
            index.contents().canReadObjects(); // opens the dump and the class shapes here, not on two threads
            paths = CompletableFuture.supplyAsync(() -> {
                try {
                    return ShortestPaths.compute(index, false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> {
                Thread thread = new Thread(task, "heapwhy-waste-paths");
                thread.setDaemon(true);
                thread.start();
            });
        }

        String of(int node) throws IOException {
            return names().of(node);
        }

        /** What holds a collection's own array or inner map is that collection: its holder; else {@link #of}. */
        String holder(int node) throws IOException {
            return names().holder(node);
        }

        private OwnerNames names() throws IOException {
            if (names == null) {
                names = new OwnerNames(index, search());
            }
            return names;
        }

        private ShortestPaths search() throws IOException {
            try {
                return paths.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }

        @Override
        public void close() {
            if (paths != null) {
                try {
                    paths.join();
                } catch (CompletionException e) {
                    // the run ended already, with this failure or another
                }
            }
        }
    }

    private static WasteFinding duplicateStrings(HeapIndex index, Candidates found, ContentGroups groups,
                                                 Owners owners, int top) throws IOException {
        IntList strings = found.strings;
        int arrays = found.primitiveArrays.size();
        // a string's content: its value array's group, or the array itself when no other array has its content
        int[] content = new int[strings.size()];
        int[] perContent = new int[groups.groupCount() + arrays];
        for (int s = 0, a = -1; s < strings.size(); s++) {
            int value = found.stringValueOf.get(s);
            a = value < 0 ? -1 : found.primitiveArrays.indexOf(value, Math.max(0, a));
            content[s] = a < 0 ? -1 : groups.group(a) >= 0 ? groups.group(a) : groups.groupCount() + a;
            if (content[s] >= 0) {
                perContent[content[s]]++;
            }
        }
        LongIntMap groupOf = new LongIntMap(1024);
        Examples examples = new Examples();
        long[] arraySeen = new long[(arrays >>> 6) + 1];
        OwnerTally tally = new OwnerTally(index);
        FieldValues fields = new FieldValues(index);
        long objects = 0;
        long bytes = 0;
        for (int s = 0; s < strings.size(); s++) {
            if (content[s] < 0 || perContent[content[s]] < 2) {
                continue;
            }
            int node = strings.get(s);
            int value = found.stringValueOf.get(s);
            int a = found.primitiveArrays.indexOf(value);
            boolean newArray = (arraySeen[a >>> 6] & (1L << a)) == 0;
            arraySeen[a >>> 6] |= 1L << a;
            // equal bytes are equal text only with the same coder (JDK 9+: LATIN1 0, UTF16 1)
            long key = content[s] * 2L + coder(index, fields, node, value);
            int group = groupOf.get(key);
            if (group < 0) {
                groupOf.put(key, examples.add(node));
                continue;
            }
            long wasted = index.shallowSize(node) + (newArray ? index.shallowSize(value) : 0);
            examples.waste(group, wasted);
            tally.add(owners.of(node), node, wasted);
            objects++;
            bytes += wasted;
        }
        List<WasteExample> shown = new ArrayList<>();
        for (int group : examples.biggest(top)) {
            shown.add(new WasteExample(Literals.of(index.contents().stringValue(examples.first(group))),
                    examples.copies(group), examples.wasted(group)));
        }
        return new WasteFinding(WasteKind.DUPLICATE_STRINGS, objects, bytes, examples.withWaste(), tally.top(top),
                shown);
    }

    private static long coder(HeapIndex index, FieldValues fields, int string, int value) throws IOException {
        if (!"byte[]".equals(index.classOf(value).name())) {
            return 0;
        }
        long coder = fields.value(string, "coder");
        return coder == FieldValues.NONE || coder == 0 ? 0 : 1;
    }

    private static WasteFinding duplicateArrays(HeapIndex index, Candidates found, ContentGroups groups,
                                                Owners owners, int top) throws IOException {
        IntList arrays = found.primitiveArrays;
        int[] exampleOf = new int[groups.groupCount()];
        java.util.Arrays.fill(exampleOf, -1);
        Examples examples = new Examples();
        OwnerTally tally = new OwnerTally(index);
        long objects = 0;
        long bytes = 0;
        for (int a = 0; a < arrays.size(); a++) {
            int node = arrays.get(a);
            int group = groups.group(a);
            if (group < 0 || found.isStringValue(node) || index.contents().arrayLength(node) == 0) {
                continue; // Strings' values and arrays of length 0 have inspections of their own
            }
            if (exampleOf[group] < 0) {
                exampleOf[group] = examples.add(node);
                continue;
            }
            long wasted = index.shallowSize(node);
            examples.waste(exampleOf[group], wasted);
            tally.add(owners.of(node), node, wasted);
            objects++;
            bytes += wasted;
        }
        List<WasteExample> shown = new ArrayList<>();
        for (int e : examples.biggest(top)) {
            int node = examples.first(e);
            String type = index.classOf(node).name();
            shown.add(new WasteExample(type.substring(0, type.length() - 1) + index.contents().arrayLength(node) + "]",
                    examples.copies(e), examples.wasted(e)));
        }
        return new WasteFinding(WasteKind.DUPLICATE_ARRAYS, objects, bytes, examples.withWaste(), tally.top(top), shown);
    }

    private static WasteFinding emptyCollections(HeapIndex index, Candidates found, Owners owners, int top)
            throws IOException {
        IntList empties = found.emptyCollections;
        long[] empty = emptySet(index, found);
        PerClass perClass = new PerClass(index.classes().size());
        OwnerTally tally = new OwnerTally(index);
        long objects = 0;
        long bytes = 0;
        for (int i = 0; i < empties.size(); i++) {
            int node = empties.get(i);
            int dominator = index.immediateDominator(node);
            if (dominator >= 0 && (empty[dominator >>> 6] & (1L << dominator)) != 0) {
                continue; // an empty HashSet's empty HashMap: the set's retained size has it already
            }
            long wasted = index.retainedSize(node);
            perClass.add(index.classIndex(node), wasted);
            tally.add(owners.of(node), node, wasted);
            objects++;
            bytes += wasted;
        }
        return new WasteFinding(WasteKind.EMPTY_COLLECTIONS, objects, bytes, perClass.classes(), tally.top(top),
                perClass.biggest(index, top, ""));
    }

    /** The empty collections as a bit set over nodes. */
    private static long[] emptySet(HeapIndex index, Candidates found) {
        long[] empty = new long[(index.nodeCount() >>> 6) + 1];
        for (int i = 0; i < found.emptyCollections.size(); i++) {
            int node = found.emptyCollections.get(i);
            empty[node >>> 6] |= 1L << node;
        }
        return empty;
    }

    /** Whether an empty collection dominates the node within a few levels: what it retains, it counts. */
    private static boolean inEmptyCollection(HeapIndex index, int node, long[] empty) {
        int up = index.immediateDominator(node);
        for (int level = 0; level < 4 && up >= 0; level++, up = index.immediateDominator(up)) {
            if ((empty[up >>> 6] & (1L << up)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static WasteFinding zeroLengthArrays(HeapIndex index, Candidates found, Owners owners, int top)
            throws IOException {
        IntList arrays = found.zeroLengthArrays;
        long[] empty = emptySet(index, found);
        boolean[] kept = new boolean[index.classes().size()];
        PerClass perClass = new PerClass(kept.length);
        OwnerTally tally = new OwnerTally(index);
        long objects = 0;
        long bytes = 0;
        for (int i = 0; i < arrays.size(); i++) {
            int node = arrays.get(i);
            int type = index.classIndex(node);
            if (found.isStringValue(node) || inEmptyCollection(index, node, empty)) {
                continue; // a String's value, an empty collection's array: counted with what holds them
            }
            if (!kept[type]) {
                kept[type] = true;
                perClass.keep(type);
                continue;
            }
            long wasted = index.shallowSize(node);
            perClass.add(type, wasted);
            tally.add(owners.of(node), node, wasted);
            objects++;
            bytes += wasted;
        }
        return new WasteFinding(WasteKind.ZERO_LENGTH_ARRAYS, objects, bytes, perClass.classes(), tally.top(top),
                perClass.biggest(index, top, "0"));
    }
}
