package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primitive arrays grouped by equal content: same class, same length, same elements. Only arrays whose class and
 * length some other array shares are read from the dump and hashed (64 bits); only those whose hash another
 * shares are grouped, each compared byte by byte with the first array of its hash, so a hash collision never
 * makes two different arrays one group. An array whose content no other array has is in no group. Arrays of
 * length 0 of one class are one group (two empty Strings are duplicates).
 */
final class ContentGroups {
    /** {@link #group} of an array whose content no other array has. */
    static final int UNIQUE = -1;

    private final int[] groupOf;
    private final IntList firstOfGroup = new IntList();

    /**
     * Groups {@code arrays} (nodes in increasing order); those marked in {@code apart} (a String's value) are
     * grouped only with each other.
     */
    ContentGroups(HeapIndex index, IntList arrays, long[] apart) throws IOException {
        this(index, arrays, apart, ContentGroups::hash);
    }

    /** With another hash: a test's that collides on purpose. */
    ContentGroups(HeapIndex index, IntList arrays, long[] apart, Hash hash) throws IOException {
        groupOf = new int[arrays.size()];
        Arrays.fill(groupOf, UNIQUE);
        long[] keyOf = new long[arrays.size()];
        LongIntMap shapes = new LongIntMap(1024);
        for (int i = 0; i < arrays.size(); i++) {
            long shape = shapeKey(index, arrays.get(i), apart);
            keyOf[i] = shape;
            if (shape != 0) {
                shapes.put(shape, Math.max(0, shapes.get(shape)) + 1);
            }
        }
        // each array whose class and length another shares: a key of its shape and content hash (0 for the rest)
        LongIntMap perShape = shapes;
        int candidates = 0;
        for (int keyed : Ranges.map(index, arrays.size(), Ranges.size(arrays.size()), (from, to) -> {
            int n = 0;
            for (int at = from; at < to; at += Ranges.BATCH) {
                n += key(index, arrays, keyOf, perShape, hash, at, Math.min(to, at + Ranges.BATCH));
            }
            return n;
        })) {
            candidates += keyed;
        }
        shapes = null;
        LongIntMap shared = sharedKeys(keyOf, candidates);
        // only arrays whose key another array has can have its content: a table of those few, not of millions
        LongIntMap byHash = new LongIntMap(Math.max(16, shared.size()));
        // the rare arrays whose hash an array of other content took first: hash → their groups
        Map<Long, List<Integer>> collided = new HashMap<>();
        for (int i = 0; i < arrays.size(); i++) {
            long key = keyOf[i];
            if (key == 0 || shared.get(key) < 0) {
                continue;
            }
            int node = arrays.get(i);
            byte[] bytes = index.contents().primitiveArrayBytes(node);
            int group = byHash.get(key);
            if (group < 0) {
                byHash.put(key, newGroup(node));
                groupOf[i] = firstOfGroup.size() - 1;
            } else if (sameContent(index, firstOfGroup.get(group), bytes)) {
                groupOf[i] = group;
            } else {
                groupOf[i] = collidedGroup(index, collided.computeIfAbsent(key, k -> new ArrayList<>()), node, bytes);
            }
        }
    }

    /**
     * Replaces the shapes in {@code keyOf} from {@code from} to {@code to} by keys of shape and content, or 0 for
     * arrays whose shape no other array has; returns how many keys it made.
     */
    private static int key(HeapIndex index, IntList arrays, long[] keyOf, LongIntMap shapes,
                           Hash hash, int from, int to) throws IOException {
        int n = 0;
        byte[] bytes = new byte[256]; // read into one buffer: a new array for each of millions is a heap's worth
        for (int i = from; i < to; i++) {
            long shape = keyOf[i];
            keyOf[i] = 0;
            if (shape == 0 || shapes.get(shape) < 2) {
                continue;
            }
            int length = index.contents().primitiveArrayBytes(arrays.get(i), bytes);
            if (length > bytes.length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
                length = index.contents().primitiveArrayBytes(arrays.get(i), bytes);
            }
            if (length >= 0) {
                keyOf[i] = mix(shape, hash.of(bytes, length));
                n++;
            }
        }
        return n;
    }

    /**
     * The keys (other than 0) that two or more arrays have. The keys are spread by their top bits into buckets
     * of a few thousand, and each bucket's keys put in a table small enough for the cache: one table of millions
     * of keys would cost a cache miss each, and sorting them a pass over them per level.
     */
    private static LongIntMap sharedKeys(long[] keyOf, int candidates) {
        int bits = 32 - Integer.numberOfLeadingZeros(candidates >>> 12);
        int[] start = new int[(1 << bits) + 1];
        for (long key : keyOf) {
            if (key != 0) {
                start[bucket(key, bits) + 1]++;
            }
        }
        int largest = 0;
        for (int b = 0; b < 1 << bits; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        long[] spread = new long[candidates];
        int[] next = Arrays.copyOf(start, 1 << bits);
        for (long key : keyOf) {
            if (key != 0) {
                spread[next[bucket(key, bits)]++] = key;
            }
        }
        LongIntMap shared = new LongIntMap(1024);
        long[] seen = new long[Integer.highestOneBit(Math.max(1, largest)) << 2]; // at most half full
        int mask = seen.length - 1;
        for (int b = 0; b < 1 << bits; b++) {
            for (int i = start[b]; i < start[b + 1]; i++) {
                long key = spread[i];
                int slot = (int) (key ^ (key >>> 29)) & mask; // the low bits: the top ones chose the bucket
                while (seen[slot] != 0 && seen[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == key) {
                    shared.put(key, 1);
                }
                seen[slot] = key;
            }
            for (int i = start[b]; i < start[b + 1]; i++) {
                long key = spread[i];
                int slot = (int) (key ^ (key >>> 29)) & mask;
                while (seen[slot] != 0) {
                    seen[slot] = 0;
                    slot = (slot + 1) & mask;
                }
            }
        }
        return shared;
    }

    private static int bucket(long key, int bits) {
        return bits == 0 ? 0 : (int) (key >>> (64 - bits));
    }

    private int collidedGroup(HeapIndex index, List<Integer> groups, int node, byte[] bytes) throws IOException {
        for (int group : groups) {
            if (sameContent(index, firstOfGroup.get(group), bytes)) {
                return group;
            }
        }
        int group = newGroup(node);
        groups.add(group);
        return group;
    }

    private int newGroup(int firstNode) {
        firstOfGroup.add(firstNode);
        return firstOfGroup.size() - 1;
    }

    /** The array's group, or {@link #UNIQUE}; {@code i} is its place in the list grouped. */
    int group(int i) {
        return groupOf[i];
    }

    int groupCount() {
        return firstOfGroup.size();
    }

    private static boolean sameContent(HeapIndex index, int node, byte[] bytes) throws IOException {
        return Arrays.equals(index.contents().primitiveArrayBytes(node), bytes);
    }

    /** Class, length and apartness in one key; 0 for a node that is no array. */
    private static long shapeKey(HeapIndex index, int node, long[] apart) throws IOException {
        int length = index.contents().arrayLength(node);
        if (length < 0) {
            return 0;
        }
        long flag = (apart[node >>> 6] & (1L << node)) != 0 ? 1L << 62 : 0;
        return 1L << 61 | flag | ((long) index.classIndex(node) << 31) | length;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** A hash of the first {@code length} bytes of an array. */
    interface Hash {
        long of(byte[] bytes, int length);
    }

    /** A 64-bit hash of the first {@code length} bytes, eight at a time. */
    private static long hash(byte[] bytes, int length) {
        long h = length;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = Long.rotateLeft(h ^ ((long) LONGS.get(bytes, i) * 0x9E3779B97F4A7C15L), 27) * 0xC2B2AE3D27D4EB4FL;
        }
        for (; i < length; i++) {
            h = Long.rotateLeft(h ^ ((bytes[i] & 0xFFL) * 0x9E3779B97F4A7C15L), 11) * 0xC2B2AE3D27D4EB4FL;
        }
        return h;
    }

    /** A well-spread key of shape and hash, never LongIntMap's reserved key nor 0 (no key). */
    private static long mix(long shape, long hash) {
        long h = hash ^ (shape * 0x9E3779B97F4A7C15L);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h == Long.MIN_VALUE || h == 0 ? h + 1 : h;
    }
}
