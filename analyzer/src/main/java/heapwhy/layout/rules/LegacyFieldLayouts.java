package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;

import java.util.Set;

/**
 * Places instance and static fields the way HotSpot did before JDK 15 (its default field allocation style
 * with compact fields): a class's own fields start after its superclass's, at a reference-size boundary,
 * never in the superclass's holes; longs and doubles first, ints and floats, shorts and chars, bytes and
 * booleans, references last; only the one gap that aligning the first long leaves is filled (with an int,
 * else shorts and bytes, else a reference). The layout builder of JDK 15 ({@link FieldLayouts}) fills holes
 * anywhere, so the two give different sizes for many classes. Static fields are laid out alike by both
 * ({@link FieldLayouts#staticFieldsEnd}).
 */
public final class LegacyFieldLayouts {
    private static final int LONG = 8;
    private static final int INT = 4;
    private static final int SHORT = 2;

    /**
     * Boot classes whose fields HotSpot placed references first with no gap filled: their offsets were once
     * hard-coded in the JVM, and the old layout kept that order for them.
     */
    private static final Set<String> OOPS_FIRST = Set.of("java/lang/AssertionStatusDirectives", "java/lang/Class",
            "java/lang/ClassLoader", "java/lang/ref/Reference", "java/lang/ref/SoftReference",
            "java/lang/StackTraceElement", "java/lang/String", "java/lang/Throwable", "java/lang/Boolean",
            "java/lang/Character", "java/lang/Float", "java/lang/Double", "java/lang/Byte", "java/lang/Short",
            "java/lang/Integer", "java/lang/Long");

    private LegacyFieldLayouts() {
    }

    /** Whether the class is one of the boot classes laid out references first ({@link #OOPS_FIRST}). */
    public static boolean referencesFirst(String internalName, boolean bootLoader) {
        return bootLoader && OOPS_FIRST.contains(internalName);
    }

    /**
     * Whether the dump comes from a JVM older than JDK 15: a real java.lang.Class (the dump lists its
     * {@code classLoader} field) without {@code classData}, which JDK 15 added for hidden classes. A dump
     * whose java.lang.Class lists no fields (synthetic ones) keeps the current layout.
     *
     * @param javaLangClassFields names of java.lang.Class's own instance fields in the dump
     */
    public static boolean usedBy(Set<String> javaLangClassFields) {
        return javaLangClassFields.contains("classLoader") && !javaLangClassFields.contains("classData");
    }

    /**
     * Places a class's own (non-contended) instance fields after its superclass's.
     *
     * @param superLayout the superclass's placed fields; only its end is used
     * @param ownFieldTypes HPROF basic types of the class's own instance fields, injected ones included
     * @param referencesFirst whether the class is laid out references first ({@link #referencesFirst})
     */
    public static FieldLayouts.Placed place(FieldLayouts.Placed superLayout, byte[] ownFieldTypes,
                                            int referenceBytes, boolean referencesFirst) {
        Counts c = Counts.of(ownFieldTypes);
        // the superclass's fields end is rounded up to the reference size before a subclass adds its own
        int start = alignUp(superLayout.end(), referenceBytes);
        if (referencesFirst) {
            int at = start + c.references * referenceBytes;
            if (c.longs > 0) {
                at = alignUp(at, LONG);
            }
            int end = at + c.longs * LONG + c.ints * INT + c.shorts * SHORT + c.bytes;
            return end == start ? superLayout : superLayout.withReserved(end - superLayout.end());
        }
        int longs = c.longs;
        int ints = c.ints;
        int shorts = c.shorts;
        int bytes = c.bytes;
        int references = c.references;
        int longStart = start;
        if (longs > 0) {
            longStart = alignUp(start, LONG);
            int gap = longStart - start;
            if (gap > 0 && ints > 0) {
                ints--;
                gap -= INT;
            }
            while (gap >= SHORT && shorts > 0) {
                shorts--;
                gap -= SHORT;
            }
            while (gap > 0 && bytes > 0) {
                bytes--;
                gap--;
            }
            if (gap >= referenceBytes && references > 0) {
                references--;
            }
        }
        int end = longStart + longs * LONG + ints * INT + shorts * SHORT + bytes;
        if (references > 0) {
            end = alignUp(end, referenceBytes) + references * referenceBytes;
        }
        int used = end - start;
        return used == 0 ? superLayout : superLayout.withReserved(end - superLayout.end());
    }

    /**
     * Where {@link #place} puts each of the class's own fields, in the order of {@code ownFieldTypes}: HotSpot
     * before JDK 15 gives each kind (references, longs, ints, shorts, bytes) its run and fills a kind's run in
     * field order, so the first fields of a kind are the ones moved into the gap before the longs.
     */
    public static int[] ownOffsets(FieldLayouts.Placed superLayout, byte[] ownFieldTypes, int referenceBytes,
                                   boolean referencesFirst) {
        Counts c = Counts.of(ownFieldTypes);
        int start = alignUp(superLayout.end(), referenceBytes);
        // per kind (0 references, then by size 8, 4, 2, 1): where its gap fillers go, how many, where the rest go
        int[] gapAt = new int[9];
        int[] gapCount = new int[9];
        int[] next = new int[9];
        if (referencesFirst) {
            next[0] = start;
            int at = start + c.references * referenceBytes;
            if (c.longs > 0) {
                at = alignUp(at, LONG);
            }
            next[LONG] = at;
            next[INT] = next[LONG] + c.longs * LONG;
            next[SHORT] = next[INT] + c.ints * INT;
            next[1] = next[SHORT] + c.shorts * SHORT;
        } else {
            int longStart = start;
            int ints = c.ints;
            int shorts = c.shorts;
            int bytes = c.bytes;
            int references = c.references;
            if (c.longs > 0) {
                longStart = alignUp(start, LONG);
                int gap = longStart - start;
                int at = start;
                gapAt[INT] = at;
                if (gap > 0 && ints > 0) {
                    ints--;
                    gapCount[INT] = 1;
                    gap -= INT;
                    at += INT;
                }
                gapAt[SHORT] = at;
                while (gap >= SHORT && shorts > 0) {
                    shorts--;
                    gapCount[SHORT]++;
                    gap -= SHORT;
                    at += SHORT;
                }
                gapAt[1] = at;
                while (gap > 0 && bytes > 0) {
                    bytes--;
                    gapCount[1]++;
                    gap--;
                    at++;
                }
                gapAt[0] = at;
                if (gap >= referenceBytes && references > 0) {
                    references--;
                    gapCount[0] = 1;
                }
            }
            next[LONG] = longStart;
            next[INT] = longStart + c.longs * LONG;
            next[SHORT] = next[INT] + ints * INT;
            next[1] = next[SHORT] + shorts * SHORT;
            next[0] = alignUp(next[1] + bytes, referenceBytes);
        }
        int[] offsets = new int[ownFieldTypes.length];
        for (int f = 0; f < ownFieldTypes.length; f++) {
            int size = ownFieldTypes[f] == BasicType.OBJECT ? referenceBytes : BasicType.size(ownFieldTypes[f], 8);
            int kind = ownFieldTypes[f] == BasicType.OBJECT ? 0 : size;
            if (gapCount[kind] > 0) {
                offsets[f] = gapAt[kind];
                gapAt[kind] += size;
                gapCount[kind]--;
            } else {
                offsets[f] = next[kind];
                next[kind] += size;
            }
        }
        return offsets;
    }

    private static int alignUp(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    /** How many fields of each size class. */
    record Counts(int longs, int ints, int shorts, int bytes, int references) {
        static Counts of(byte[] types) {
            int longs = 0;
            int ints = 0;
            int shorts = 0;
            int bytes = 0;
            int references = 0;
            for (byte type : types) {
                if (type == BasicType.OBJECT) {
                    references++;
                } else {
                    switch (BasicType.size(type, 8)) {
                        case LONG -> longs++;
                        case INT -> ints++;
                        case SHORT -> shorts++;
                        default -> bytes++;
                    }
                }
            }
            return new Counts(longs, ints, shorts, bytes, references);
        }
    }
}
