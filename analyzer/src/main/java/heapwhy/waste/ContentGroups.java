package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.store.LongIntMap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primitive arrays grouped by equal content: same class, same length, same elements. Only arrays whose class and
 * length some other array shares are read from the dump; each is read once, hashed (64 bits), and compared
 * byte by byte with the first array of its hash, so a hash collision never makes two different arrays one
 * group. Arrays of length 0 are left alone (they are {@link WasteKind#ZERO_LENGTH_ARRAYS}' business).
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
        groupOf = new int[arrays.size()];
        Arrays.fill(groupOf, UNIQUE);
        LongIntMap shapes = new LongIntMap(Math.max(16, arrays.size() / 4));
        for (int i = 0; i < arrays.size(); i++) {
            long shape = shapeKey(index, arrays.get(i), apart);
            if (shape != 0) {
                shapes.put(shape, Math.max(0, shapes.get(shape)) + 1);
            }
        }
        LongIntMap byHash = new LongIntMap(1024);
        // the rare arrays whose hash an array of other content took first: hash → their groups
        Map<Long, List<Integer>> collided = new HashMap<>();
        for (int i = 0; i < arrays.size(); i++) {
            int node = arrays.get(i);
            long shape = shapeKey(index, node, apart);
            if (shape == 0 || shapes.get(shape) < 2) {
                continue;
            }
            byte[] bytes = index.contents().primitiveArrayBytes(node);
            if (bytes == null) {
                continue;
            }
            long key = mix(shape, hash(bytes));
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

    /** Class, length and apartness in one key; 0 for an array of length 0. */
    private static long shapeKey(HeapIndex index, int node, long[] apart) throws IOException {
        int length = index.contents().arrayLength(node);
        if (length <= 0) {
            return 0;
        }
        long flag = (apart[node >>> 6] & (1L << node)) != 0 ? 1L << 62 : 0;
        return flag | ((long) index.classIndex(node) << 31) | length;
    }

    private static long hash(byte[] bytes) {
        long h = 0xCBF29CE484222325L;
        for (byte b : bytes) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return h;
    }

    /** A well-spread key of shape and hash, never LongIntMap's reserved key. */
    private static long mix(long shape, long hash) {
        long h = hash ^ (shape * 0x9E3779B97F4A7C15L);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h == Long.MIN_VALUE ? h + 1 : h;
    }
}
