package heapwhy.sites;

import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapField;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.walk.ShortestPaths;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signatures of random heaps against a plain reference: each reached object's shortest chain walked step by
 * step, every label read by field name, the rules applied to a list of steps (restart at a class, same class as
 * the holder keeps the holder's signature, a step already on the list returns there), then objects counted per
 * spelled-out signature.
 */
class SignaturesMatchReferenceTest {
    private static final int LOOP_SEARCH_DEPTH = 32;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void countsPerSignatureMatchTheReference(int seed) throws IOException {
        Path dump = randomHeap(new Random(seed), 50 + seed * 20);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve("index")),
                ProgressListener.NONE)) {
            SiteSignatures.Computed computed = SiteSignatures.compute(index, ProgressListener.NONE);
            Map<String, Long> engine = spelledOut(computed.table());
            Map<String, Long> reference = reference(index, computed.paths());
            assertEquals(reference, engine);
            assertTrue(reference.size() > 5, "a heap this small should still give several signatures");
        }
    }

    private static Map<String, Long> spelledOut(SiteTable table) {
        Map<String, Long> counts = new TreeMap<>();
        for (int s = 0; s < table.size(); s++) {
            if (table.count(s) > 0) {
                counts.merge(key(table, s), table.count(s), Long::sum);
            }
        }
        return counts;
    }

    private static String key(SiteTable table, int s) {
        if (table.parent(s) < 0) {
            return table.rootKey(s);
        }
        return key(table, table.parent(s)) + " / " + table.label(s) + ":" + table.className(s);
    }

    private record RefStep(int holderClass, String label, int classIndex, String text) {
    }

    private static Map<String, Long> reference(HeapIndex index, ShortestPaths paths) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (int node = 0; node < index.nodeCount(); node++) {
            int[] chain = paths.chain(node);
            if (chain == null) {
                continue;
            }
            int start = 0;
            for (int i = chain.length - 1; i >= 0; i--) {
                if (index.isClass(chain[i])) {
                    start = i;
                    break;
                }
            }
            String root = index.isClass(chain[start]) ? index.describe(chain[start]) : rootKey(index, paths, chain[start]);
            List<RefStep> steps = new ArrayList<>();
            for (int i = start + 1; i < chain.length; i++) {
                int p = chain[i - 1];
                int x = chain[i];
                if (!index.isClass(p) && index.classIndex(p) == index.classIndex(x)) {
                    continue;
                }
                RefStep step = new RefStep(index.classIndex(p), label(index, p, x), index.classIndex(x),
                        label(index, p, x) + ":" + index.describe(x));
                int back = -1;
                for (int j = steps.size() - 1; j >= 0 && steps.size() - j <= LOOP_SEARCH_DEPTH; j--) {
                    RefStep s = steps.get(j);
                    if (s.holderClass() == step.holderClass() && s.label().equals(step.label())
                            && s.classIndex() == step.classIndex()) {
                        back = j;
                        break;
                    }
                }
                if (back >= 0) {
                    steps.subList(back + 1, steps.size()).clear();
                } else {
                    steps.add(step);
                }
            }
            StringBuilder key = new StringBuilder(root);
            steps.forEach(s -> key.append(" / ").append(s.text()));
            counts.merge(key.toString(), 1L, Long::sum);
        }
        return counts;
    }

    private static String rootKey(HeapIndex index, ShortestPaths paths, int node) {
        GcRoot root = paths.rootOf(node);
        return root.kind().description() + ": " + index.describe(node);
    }

    private static String label(HeapIndex index, int holder, int held) throws IOException {
        if (index.contents().arrayLength(holder) >= 0) {
            return "[]";
        }
        for (HeapField f : index.contents().fields(holder)) {
            if (f.node() == held) {
                return index.isClass(holder) ? "static " + f.name() : f.name();
            }
        }
        return "<other>";
    }

    /**
     * Classes A, B (three reference fields and a long) and C extends A (one more reference), object arrays,
     * random references between them (a quarter null, cycles allowed), a holder class whose statics point
     * into the heap on a sticky-class root, and a few JNI global roots. Ids depend only on the order and sizes
     * of what is made, so a first heap made with null references tells the ids the second one points at.
     */
    private Path randomHeap(Random random, int objects) {
        int arrays = objects / 5;
        int[] kinds = new int[objects];
        int[][] targets = new int[objects][];
        for (int i = 0; i < objects; i++) {
            kinds[i] = i < objects - arrays ? random.nextInt(3) : 3;
            int fields = kinds[i] == 3 ? 1 + random.nextInt(6) : kinds[i] == 2 ? 4 : 3;
            targets[i] = new int[fields];
            for (int f = 0; f < fields; f++) {
                targets[i][f] = random.nextInt(4) == 0 ? -1 : random.nextInt(objects);
            }
        }
        int[] statics = {random.nextInt(objects), random.nextInt(objects), random.nextInt(objects)};
        int[] globals = {random.nextInt(objects), random.nextInt(objects)};
        long[] ids = make(new SyntheticHeap(8).layout(LayoutStatics.compressed()), kinds, targets, null, statics,
                globals).ids;
        return make(new SyntheticHeap(8).layout(LayoutStatics.compressed()), kinds, targets, ids, statics, globals)
                .heap.writeTo(tmp.resolve("random.hprof"));
    }

    private record Made(SyntheticHeap heap, long[] ids) {
    }

    private static Made make(SyntheticHeap h, int[] kinds, int[][] targets, long[] ids, int[] statics, int[] globals) {
        long[] classes = {
            h.declareClass("com/example/A").field("f0", BasicType.OBJECT).field("v", BasicType.LONG)
                    .field("f1", BasicType.OBJECT).field("f2", BasicType.OBJECT).define(),
            h.declareClass("com/example/B").field("f0", BasicType.OBJECT).field("f1", BasicType.OBJECT)
                    .field("v", BasicType.LONG).field("f2", BasicType.OBJECT).define(),
            h.declareClass("com/example/C", "com/example/A").field("g0", BasicType.OBJECT).define()};
        String[] fieldNames = {"f0", "f1", "f2", "g0"};
        long[] made = new long[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            long[] values = new long[targets[i].length];
            for (int f = 0; f < values.length; f++) {
                values[f] = ids == null || targets[i][f] < 0 ? 0 : ids[targets[i][f]];
            }
            if (kinds[i] == 3) {
                made[i] = h.objectArray("[Ljava/lang/Object;", values);
            } else {
                SyntheticHeap.InstanceBuilder b = h.instance(classes[kinds[i]]).set("v", i);
                for (int f = 0; f < values.length; f++) {
                    b.set(fieldNames[f], values[f]);
                }
                made[i] = b.add();
            }
        }
        if (ids != null) {
            long holder = h.declareClass("com/example/Holder").staticObject("S0", ids[statics[0]])
                    .staticObject("S1", ids[statics[1]]).staticObject("S2", ids[statics[2]]).define();
            h.root(RootKind.STICKY_CLASS, holder);
            for (int g = 0; g < globals.length; g++) {
                h.root(RootKind.JNI_GLOBAL, ids[globals[g]], 0x70 + g);
            }
        }
        return new Made(h, made);
    }
}
