package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places instance fields the way HotSpot's field layout builder does (JDK 15 and later): the superclass's
 * fields keep their offsets; the class's own primitive fields, largest first, then its references each go
 * into the smallest hole that fits them with their alignment, or at the end. The instance size is the end
 * of the last field rounded up to the object alignment. HPROF gives field types but no offsets, so this is
 * the only way to know the true shallow size of an instance.
 */
public final class FieldLayouts {
    private FieldLayouts() {
    }

    /**
     * The fields of one class placed in memory.
     *
     * @param offsets start of each field block, inherited ones included, sorted
     * @param sizes size of each field block, matching {@code offsets}
     * @param end end of the last field
     */
    public record Placed(int[] offsets, int[] sizes, int end) {
        /** The same layout followed by {@code bytes} that no field may use (padding that subclasses inherit). */
        public Placed withReserved(int bytes) {
            int[] o = Arrays.copyOf(offsets, offsets.length + 1);
            int[] s = Arrays.copyOf(sizes, sizes.length + 1);
            o[offsets.length] = end;
            s[sizes.length] = bytes;
            return new Placed(o, s, end + bytes);
        }

        /** Size of an instance: the end rounded up to the alignment (and at least to 8). */
        public int instanceSize(int alignment) {
            int a = Math.max(8, alignment);
            return (end + a - 1) / a * a;
        }
    }

    /** The layout of a class with no instance fields at all (java.lang.Object). */
    public static Placed root(int headerBytes) {
        return new Placed(new int[0], new int[0], headerBytes);
    }

    /**
     * Places a class's own fields after its superclass's layout.
     *
     * @param superLayout the superclass's placed fields
     * @param ownFieldTypes HPROF basic types of the class's own instance fields
     */
    public static Placed place(Placed superLayout, byte[] ownFieldTypes, int headerBytes, int referenceBytes) {
        return place(superLayout, ownFieldTypes, headerBytes, referenceBytes, new int[ownFieldTypes.length]);
    }

    /**
     * Where {@link #place} puts each of the class's own fields: their offsets, in the order of
     * {@code ownFieldTypes}. Fields of one size go in that order (HotSpot sorts by size, then by field index).
     */
    public static int[] ownOffsets(Placed superLayout, byte[] ownFieldTypes, int headerBytes, int referenceBytes) {
        int[] offsets = new int[ownFieldTypes.length];
        place(superLayout, ownFieldTypes, headerBytes, referenceBytes, offsets);
        return offsets;
    }

    private static Placed place(Placed superLayout, byte[] ownFieldTypes, int headerBytes, int referenceBytes,
                                int[] ownOffsets) {
        List<int[]> blocks = new ArrayList<>(); // {offset, size, kind}: 0 empty, 1 taken
        blocks.add(new int[]{0, headerBytes, 1});
        int at = headerBytes;
        for (int i = 0; i < superLayout.offsets().length; i++) {
            int off = superLayout.offsets()[i];
            if (off > at) {
                blocks.add(new int[]{at, off - at, 0});
            }
            blocks.add(new int[]{off, superLayout.sizes()[i], 1});
            at = Math.max(at, off + superLayout.sizes()[i]);
        }
        blocks.add(new int[]{at, Integer.MAX_VALUE, 0});

        // primitives largest first, a size's fields in their order; then the references in theirs
        int[] field = new int[ownFieldTypes.length];
        int n = 0;
        for (int size = 8; size >= 1; size /= 2) {
            for (int f = 0; f < ownFieldTypes.length; f++) {
                if (ownFieldTypes[f] != BasicType.OBJECT && BasicType.size(ownFieldTypes[f], 8) == size) {
                    field[n++] = f;
                }
            }
        }
        int primitives = n;
        for (int f = 0; f < ownFieldTypes.length; f++) {
            if (ownFieldTypes[f] == BasicType.OBJECT) {
                field[n++] = f;
            }
        }
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            byte type = ownFieldTypes[field[i]];
            sizes[i] = type == BasicType.OBJECT ? referenceBytes : BasicType.size(type, 8);
        }
        int lastSize = 0;
        boolean lastSearchFailed = false;
        for (int i = 0; i < n; i++) {
            if (i == primitives) {
                // HotSpot places primitives and references in two separate calls, each with fresh state
                lastSize = 0;
                lastSearchFailed = false;
            }
            int size = sizes[i];
            int candidate = -1;
            // a failed search for the same size would fail again; HotSpot then appends directly
            if (!(size == lastSize && lastSearchFailed)) {
                for (int b = blocks.size() - 2; b > 0; b--) {
                    int[] block = blocks.get(b);
                    if (block[2] == 0 && fits(block, size) && (candidate < 0 || block[1] < blocks.get(candidate)[1])) {
                        candidate = b;
                    }
                }
                lastSearchFailed = candidate < 0;
                lastSize = size;
            }
            if (candidate < 0) {
                candidate = blocks.size() - 1;
            }
            ownOffsets[field[i]] = insert(blocks, candidate, size);
        }
        int count = 0;
        for (int[] block : blocks) {
            if (block[2] == 1) {
                count++;
            }
        }
        int[] offsets = new int[count - 1];
        int[] blockSizes = new int[count - 1];
        int k = 0;
        for (int b = 1; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            if (block[2] == 1) {
                offsets[k] = block[0];
                blockSizes[k++] = block[1];
            }
        }
        return new Placed(offsets, blockSizes, blocks.get(blocks.size() - 1)[0]);
    }

    /**
     * Appends a {@code @Contended} group after the placed fields as HotSpot does (both layouts): padding,
     * then the group's fields one after the other, each aligned to its size and never in an earlier hole,
     * then padding again. The fields go largest primitive first, then references: HotSpot 15+ sorts them so;
     * the older layout keeps declaration order, which for the one group the JDK has (Thread's long and two
     * ints) is the same. HotSpot 15+ also lets no subclass field into a hole of a class that has a
     * contended group, so the result is one block up to its end.
     */
    public static Placed appendContendedGroup(Placed placed, byte[] groupTypes, int referenceBytes, int padding) {
        int[] sizes = new int[groupTypes.length];
        int n = 0;
        for (byte type : groupTypes) {
            if (type != BasicType.OBJECT) {
                sizes[n++] = BasicType.size(type, 8);
            }
        }
        Arrays.sort(sizes, 0, n);
        reverse(sizes, n);
        while (n < sizes.length) {
            sizes[n++] = referenceBytes;
        }
        int end = placed.end() + padding;
        for (int size : sizes) {
            end = (end + size - 1) / size * size + size;
        }
        int header = placed.offsets().length == 0 ? placed.end() : placed.offsets()[0];
        return new Placed(new int[] {header}, new int[] {end + padding - header}, end + padding);
    }

    /**
     * End of a class mirror's static fields. HotSpot, before JDK 15 and since, puts the static references
     * first in one run, then the primitives largest first, each appended at its alignment, never into a hole
     * (the new layout builder starts its static layout at the end): an odd number of 4-byte references
     * before a long leaves 4 bytes unused. Seen on a 32-bit JVM's histogram, where filling that hole comes
     * out 8 bytes short for each such mirror.
     *
     * @param mirrorBase size of a java.lang.Class instance, where static fields start
     * @param staticTypes HPROF basic types of the class's static fields
     */
    public static int staticFieldsEnd(int mirrorBase, byte[] staticTypes, int referenceBytes) {
        LegacyFieldLayouts.Counts c = LegacyFieldLayouts.Counts.of(staticTypes);
        int at = mirrorBase + c.references() * referenceBytes;
        if (c.longs() > 0) {
            at = (at + 7) / 8 * 8;
        }
        return at + c.longs() * 8 + c.ints() * 4 + c.shorts() * 2 + c.bytes();
    }

    private static boolean fits(int[] block, int size) {
        int misalign = block[0] % size;
        int adjustment = misalign == 0 ? 0 : size - misalign;
        return block[1] >= size + adjustment;
    }

    /** Puts a field of {@code size} into the slot; returns its offset. */
    private static int insert(List<int[]> blocks, int slotIndex, int size) {
        int[] slot = blocks.get(slotIndex);
        int misalign = slot[0] % size;
        if (misalign != 0) {
            int adjustment = size - misalign;
            blocks.add(slotIndex++, new int[]{slot[0], adjustment, 0});
            slot[0] += adjustment;
            slot[1] -= adjustment;
        }
        int offset = slot[0];
        blocks.add(slotIndex, new int[]{offset, size, 1});
        slot[0] += size;
        if (slot[1] != Integer.MAX_VALUE) {
            slot[1] -= size;
            if (slot[1] == 0) {
                blocks.remove(slotIndex + 1);
            }
        }
        return offset;
    }

    private static void reverse(int[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
