package heapwhy.classes;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.reader.ClassDump;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.rules.FieldLayouts;
import heapwhy.layout.rules.HiddenFields;
import heapwhy.layout.rules.LegacyFieldLayouts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Shallow sizes as the JVM laid the objects out: instances by HotSpot's field layout, class mirrors with
 * their static fields, arrays by base offset and element size. Memoized per class.
 */
public final class ClassSizes {
    private final DumpClasses classes;
    private final HeapLayout layout;
    private final int idSize;
    private final Map<Long, FieldLayouts.Placed> placed = new HashMap<>();
    private final Map<Long, int[]> referenceOffsets = new HashMap<>();
    private int mirrorBase = -1;
    /** Whether the dumped JVM lays fields out as before JDK 15; decided on first use. */
    private Boolean legacyLayout;

    public ClassSizes(DumpClasses classes, HeapLayout layout, int idSize) {
        this.classes = classes;
        this.layout = layout;
        this.idSize = idSize;
    }

    public HeapLayout layout() {
        return layout;
    }

    /** Size of one instance of the class. */
    public long instanceSize(long classId) {
        return placed(classId, 0).instanceSize(layout.objectAlignment());
    }

    /** Size of an array of {@code length} elements of an HPROF basic type. */
    public long arraySize(int elementType, long length) {
        int elementSize = elementType == BasicType.OBJECT ? layout.referenceBytes() : BasicType.size(elementType, 8);
        return layout.align(layout.arrayBaseOffset(elementType) + length * elementSize);
    }

    private FieldLayouts.Placed placed(long classId, int depth) {
        FieldLayouts.Placed known = placed.get(classId);
        if (known != null) {
            return known;
        }
        ClassDump dump = classes.dump(classId);
        FieldLayouts.Placed result;
        if (dump == null || depth > 256) {
            result = FieldLayouts.root(layout.headerBytes());
        } else {
            FieldLayouts.Placed superPlaced = dump.superId() == 0 || classes.dump(dump.superId()) == null
                    ? FieldLayouts.root(layout.headerBytes()) : placed(dump.superId(), depth + 1);
            String name = classes.internalName(classId);
            Set<String> fieldNames = classes.fieldNames(dump);
            Set<String> group = HiddenFields.contendedGroup(name, fieldNames);
            byte[] own = HiddenFields.withInjected(name, typesOf(dump, group, false), fieldNames, idSize);
            result = legacyLayout()
                    ? LegacyFieldLayouts.place(superPlaced, own, layout.referenceBytes(),
                            LegacyFieldLayouts.referencesFirst(name, dump.loaderId() == 0) && dump.superId() != 0)
                    : FieldLayouts.place(superPlaced, own, layout.headerBytes(), layout.referenceBytes());
            if (!group.isEmpty()) {
                result = FieldLayouts.appendContendedGroup(result, typesOf(dump, group, true),
                        layout.referenceBytes(), HiddenFields.contendedPadding());
            }
        }
        placed.put(classId, result);
        return result;
    }

    /** The types of the class's own fields that are ({@code inGroup}) or are not in the contended group. */
    private byte[] typesOf(ClassDump dump, Set<String> group, boolean inGroup) {
        if (group.isEmpty()) {
            return inGroup ? new byte[0] : dump.fieldTypes();
        }
        byte[] types = new byte[dump.fieldTypes().length];
        int n = 0;
        for (int i = 0; i < types.length; i++) {
            if (group.contains(classes.string(dump.fieldNameIds()[i])) == inGroup) {
                types[n++] = dump.fieldTypes()[i];
            }
        }
        return Arrays.copyOf(types, n);
    }

    private boolean legacyLayout() {
        if (legacyLayout == null) {
            ClassDump javaLangClass = classes.dump(classes.classIdOf("java/lang/Class"));
            legacyLayout = javaLangClass != null && LegacyFieldLayouts.usedBy(classes.fieldNames(javaLangClass));
        }
        return legacyLayout;
    }

    /**
     * Size of the class's mirror, the java.lang.Class instance that also holds the class's static fields
     * (placed after the instance part).
     */
    public long mirrorSize(long classId) {
        if (mirrorBase < 0) {
            long javaLangClass = classes.classIdOf("java/lang/Class");
            mirrorBase = javaLangClass == 0 ? layout.headerBytes()
                    : placed(javaLangClass, 0).instanceSize(layout.objectAlignment());
        }
        ClassDump dump = classes.dump(classId);
        if (dump == null) {
            return layout.align(mirrorBase);
        }
        byte[] types = dump.staticTypes();
        byte[] real = new byte[types.length];
        int n = 0;
        for (int i = 0; i < types.length; i++) {
            String fieldName = classes.string(dump.staticNameIds()[i]);
            if (fieldName == null || !fieldName.startsWith("<")) {
                real[n++] = types[i]; // skips the dumper's pseudo-statics <resolved_references>, <init_lock>
            }
        }
        return layout.align(FieldLayouts.staticFieldsEnd(mirrorBase, Arrays.copyOf(real, n), layout.referenceBytes()));
    }

    /**
     * Where an instance's reference fields sit in its INSTANCE_DUMP payload (the class's own fields first,
     * then each superclass's), in bytes from the payload's start.
     */
    public int[] referenceOffsets(long classId) {
        int[] known = referenceOffsets.get(classId);
        if (known != null) {
            return known;
        }
        int[] offsets = new int[8];
        int n = 0;
        int at = 0;
        long c = classId;
        for (int depth = 0; c != 0 && depth < 256; depth++) {
            ClassDump dump = classes.dump(c);
            if (dump == null) {
                break;
            }
            for (byte type : dump.fieldTypes()) {
                if (type == BasicType.OBJECT) {
                    if (n == offsets.length) {
                        offsets = Arrays.copyOf(offsets, n * 2);
                    }
                    offsets[n++] = at;
                }
                at += BasicType.size(type, idSize);
            }
            c = dump.superId();
        }
        int[] result = Arrays.copyOf(offsets, n);
        referenceOffsets.put(classId, result);
        return result;
    }
}
