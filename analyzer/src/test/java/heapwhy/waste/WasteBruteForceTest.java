package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static heapwhy.waste.WasteHeaps.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine against a brute-force reference on random heaps: Strings of a few contents (some sharing a value
 * array, some UTF-16 with the same bytes as a Latin-1 one) and primitive arrays of a few types, lengths and
 * contents, zero-length ones included. The reference compares every pair by content from what was written, and
 * sizes objects by the layout (12-byte header, 16-byte array header, 8-byte alignment).
 */
class WasteBruteForceTest {
    @TempDir
    Path tmp;

    /** One String written: its value's bytes, coder and array id. */
    private record Str(byte[] bytes, int coder, long array) {
    }

    /** One primitive array written that is no String's value. */
    private record Arr(String type, byte[] content, int length, long size) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theEngineAgreesWithComparingEveryPair(long seed) throws IOException {
        Random random = new Random(seed);
        SyntheticHeap h = WasteHeaps.heap();
        for (String type : List.of("[I", "[J", "[C", "[Ljava/lang/Object;")) {
            h.declareArrayClass(type);
        }
        List<Long> held = new ArrayList<>();
        List<Str> strings = new ArrayList<>();
        byte[][] texts = new byte[6][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = new byte[random.nextInt(5)];
            for (int j = 0; j < texts[i].length; j++) {
                texts[i][j] = (byte) ('a' + random.nextInt(2));
            }
        }
        for (int i = 0; i < 120; i++) {
            Str shared = strings.isEmpty() || random.nextInt(5) > 0 ? null : strings.get(random.nextInt(strings.size()));
            byte[] bytes = shared != null ? shared.bytes() : texts[random.nextInt(texts.length)];
            int coder = shared != null ? shared.coder() : random.nextInt(4) == 0 ? 1 : 0;
            long array = shared != null ? shared.array() : h.primitiveArray(bytes);
            strings.add(new Str(bytes, coder, array));
            held.add(string(h, array, coder));
        }
        List<Arr> arrays = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int length = random.nextInt(3);
            int[] values = new int[length];
            for (int j = 0; j < length; j++) {
                values[j] = random.nextInt(2);
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    byte[] b = new byte[length];
                    for (int j = 0; j < length; j++) {
                        b[j] = (byte) values[j];
                    }
                    held.add(h.primitiveArray(b));
                    arrays.add(new Arr("byte", b, length, align(16 + length)));
                }
                case 1 -> {
                    held.add(h.primitiveArray(values));
                    arrays.add(new Arr("int", bytesOf(values), length, align(16 + 4L * length)));
                }
                case 2 -> {
                    held.add(h.primitiveArray(Arrays.stream(values).asLongStream().toArray()));
                    arrays.add(new Arr("long", bytesOf(values), length, align(16 + 8L * length)));
                }
                default -> {
                    char[] c = new char[length];
                    for (int j = 0; j < length; j++) {
                        c[j] = (char) values[j];
                    }
                    held.add(h.primitiveArray(c));
                    arrays.add(new Arr("char", bytesOf(values), length, align(16 + 2L * length)));
                }
            }
        }
        long root = h.objectArray("[Ljava/lang/Object;", held.stream().mapToLong(Long::longValue).toArray());
        h.root(RootKind.JNI_GLOBAL, root, 1);
        Path dump = h.writeTo(tmp.resolve("random.hprof"));

        try (HeapIndex index = WasteHeaps.open(dump, tmp.resolve("index"))) {
            WasteReport report = Waste.find(index, WasteQuery.all());
            WasteFinding dupStrings = report.findings().get(0);
            WasteFinding dupArrays = report.findings().get(1);
            WasteFinding zero = report.findings().get(3);
            assertEquals(referenceStrings(strings), List.of(dupStrings.objects(), dupStrings.wastedBytes(),
                    dupStrings.distinct()), "strings: objects, bytes, distinct");
            assertEquals(referenceArrays(arrays), List.of(dupArrays.objects(), dupArrays.wastedBytes(),
                    dupArrays.distinct()), "arrays: objects, bytes, distinct");
            assertEquals(referenceZero(arrays), List.of(zero.objects(), zero.wastedBytes()), "zero-length arrays");
            assertEquals(0, report.findings().get(2).objects());
        }
    }

    private static List<Long> referenceStrings(List<Str> strings) {
        long objects = 0;
        long bytes = 0;
        Set<Integer> wastingValues = new HashSet<>();
        for (int i = 0; i < strings.size(); i++) {
            Str s = strings.get(i);
            int first = -1;
            boolean arraySeen = false;
            for (int j = 0; j < i; j++) {
                Str t = strings.get(j);
                if (t.coder() == s.coder() && Arrays.equals(t.bytes(), s.bytes())) {
                    first = first < 0 ? j : first;
                    arraySeen |= t.array() == s.array();
                }
            }
            if (first >= 0) {
                objects++;
                bytes += 24 + (arraySeen ? 0 : align(16 + s.bytes().length));
                wastingValues.add(first);
            }
        }
        return List.of(objects, bytes, (long) wastingValues.size());
    }

    private static List<Long> referenceArrays(List<Arr> arrays) {
        long objects = 0;
        long bytes = 0;
        Set<Integer> wastingValues = new HashSet<>();
        for (int i = 0; i < arrays.size(); i++) {
            Arr a = arrays.get(i);
            if (a.length() == 0) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Arr b = arrays.get(j);
                if (b.type().equals(a.type()) && b.length() == a.length() && Arrays.equals(b.content(), a.content())) {
                    objects++;
                    bytes += a.size();
                    wastingValues.add(j);
                    break;
                }
            }
        }
        // a value is counted once, at its first array: the first j found is the same for every copy
        return List.of(objects, bytes, (long) firstsOnly(arrays, wastingValues));
    }

    private static int firstsOnly(List<Arr> arrays, Set<Integer> found) {
        Map<String, Integer> firstOf = new HashMap<>();
        Set<Integer> firsts = new HashSet<>();
        for (int i = 0; i < arrays.size(); i++) {
            Arr a = arrays.get(i);
            firstOf.putIfAbsent(a.type() + Arrays.toString(a.content()) + a.length(), i);
        }
        for (int j : found) {
            Arr a = arrays.get(j);
            firsts.add(firstOf.get(a.type() + Arrays.toString(a.content()) + a.length()));
        }
        return firsts.size();
    }

    private static List<Long> referenceZero(List<Arr> arrays) {
        Map<String, Integer> perType = new HashMap<>();
        for (Arr a : arrays) {
            if (a.length() == 0) {
                perType.merge(a.type(), 1, Integer::sum);
            }
        }
        long objects = 0;
        for (int n : perType.values()) {
            objects += n - 1;
        }
        return List.of(objects, objects * 16);
    }

    private static byte[] bytesOf(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }
}
