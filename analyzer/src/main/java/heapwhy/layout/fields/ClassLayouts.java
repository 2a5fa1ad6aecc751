package heapwhy.layout.fields;

import heapwhy.graph.ClassShape;
import heapwhy.graph.HeapClass;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.BasicType;
import heapwhy.layout.HeapLayout;
import heapwhy.layout.rules.FieldLayouts;
import heapwhy.layout.rules.HiddenFields;
import heapwhy.layout.rules.LegacyFieldLayouts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays one class's fields out from the class dumps of it and its superclasses, by the same rules (and the same
 * code) that give the index its instance sizes: HotSpot's JDK 15+ field layout or the one before, the fields
 * HotSpot injects, and {@code @Contended} groups.
 */
public final class ClassLayouts {
    private ClassLayouts() {
    }

    /** The layout of the class named {@code className} (Java syntax), or null when the dump has no such class. */
    public static ClassLayout of(HeapIndex index, String className) throws IOException {
        int classIndex = classIndex(index, className);
        if (classIndex < 0 || className.endsWith("[]")) {
            return null;
        }
        List<ClassShape> lineage = new ArrayList<>(index.contents().lineageShapes(classIndex));
        if (lineage.isEmpty()) {
            return null;
        }
        java.util.Collections.reverse(lineage); // java.lang.Object first
        HeapLayout layout = index.facts().layout();
        int header = layout.headerBytes();
        int references = layout.referenceBytes();
        boolean legacy = legacy(index);
        boolean reversed = dumpsFieldsReversed(index);
        FieldLayouts.Placed placed = FieldLayouts.root(header);
        List<FieldSlot> slots = new ArrayList<>();
        for (int depth = 0; depth < lineage.size(); depth++) {
            ClassShape shape = lineage.get(depth);
            String internal = shape.name().replace('.', '/');
            String[] fieldNames = shape.fieldNames().clone();
            byte[] fieldTypes = shape.fieldTypes().clone();
            if (reversed) {
                reverse(fieldNames, fieldTypes);
            }
            Set<String> names = new LinkedHashSet<>(Arrays.asList(fieldNames));
            Set<String> group = HiddenFields.contendedGroup(internal, names);
            // the fields laid out together: the dumped ones outside a contended group, then the injected ones
            List<String> ownNames = new ArrayList<>();
            List<Byte> ownTypes = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            List<Byte> groupTypes = new ArrayList<>();
            for (int f = 0; f < fieldNames.length; f++) {
                boolean inGroup = group.contains(fieldNames[f]);
                (inGroup ? groupNames : ownNames).add(fieldNames[f]);
                (inGroup ? groupTypes : ownTypes).add(fieldTypes[f]);
            }
            byte[] dumped = bytes(ownTypes);
            byte[] own = HiddenFields.withInjected(internal, dumped, names, index.facts().info().idSize());
            for (int f = dumped.length; f < own.length; f++) {
                ownNames.add(FieldSlot.HIDDEN);
            }
            boolean hasSuper = shape.superId() != 0;
            int[] offsets;
            if (legacy) {
                boolean referencesFirst = LegacyFieldLayouts.referencesFirst(internal, shape.loaderId() == 0)
                        && hasSuper;
                offsets = LegacyFieldLayouts.ownOffsets(placed, own, references, referencesFirst);
                placed = LegacyFieldLayouts.place(placed, own, references, referencesFirst);
            } else {
                offsets = FieldLayouts.ownOffsets(placed, own, header, references);
                placed = FieldLayouts.place(placed, own, header, references);
            }
            for (int f = 0; f < own.length; f++) {
                slots.add(slot(offsets[f], own[f], ownNames.get(f), shape.name(), references));
            }
            if (!group.isEmpty()) {
                byte[] types = bytes(groupTypes);
                int[] groupOffsets = contendedOffsets(placed.end(), types, references);
                for (int f = 0; f < types.length; f++) {
                    slots.add(slot(groupOffsets[f], types[f], groupNames.get(f), shape.name(), references));
                }
                placed = FieldLayouts.appendContendedGroup(placed, types, references, HiddenFields.contendedPadding());
            }
        }
        slots.sort(Comparator.comparingInt(FieldSlot::offset));
        return new ClassLayout(index.classes().get(classIndex).displayName(), header, slots,
                placed.instanceSize(layout.objectAlignment()), legacy);
    }

    /**
     * Where {@link FieldLayouts#appendContendedGroup} puts a group's fields: after the padding, largest
     * primitive first, then references, each at its alignment.
     */
    private static int[] contendedOffsets(int end, byte[] types, int references) {
        int[] offsets = new int[types.length];
        int at = end + HiddenFields.contendedPadding();
        for (int size : new int[] {8, 4, 2, 1, 0}) {
            for (int f = 0; f < types.length; f++) {
                boolean reference = types[f] == BasicType.OBJECT;
                if (reference ? size == 0 : BasicType.size(types[f], 8) == size) {
                    int s = reference ? references : size;
                    at = (at + s - 1) / s * s;
                    offsets[f] = at;
                    at += s;
                }
            }
        }
        return offsets;
    }

    private static FieldSlot slot(int offset, byte type, String name, String declaredBy, int references) {
        boolean reference = type == BasicType.OBJECT;
        return new FieldSlot(offset, reference ? references : BasicType.size(type, 8),
                reference ? "reference" : BasicType.javaName(type), name, declaredBy);
    }

    private static byte[] bytes(List<Byte> list) {
        byte[] b = new byte[list.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = list.get(i);
        }
        return b;
    }

    /**
     * Whether the dump lists each class's fields last declared first. HotSpot places fields of one size in
     * declaration order, so which field of an int and an int comes first depends on it, and dumps differ: JDK 17
     * lists them reversed, JDK 21 and later as declared. java.lang.String tells which: every JDK declares
     * {@code value} first and has more than one field.
     */
    private static boolean dumpsFieldsReversed(HeapIndex index) throws IOException {
        int string = classIndex(index, "java.lang.String");
        if (string < 0) {
            return false;
        }
        List<ClassShape> lineage = index.contents().lineageShapes(string);
        if (lineage.isEmpty()) {
            return false;
        }
        String[] names = lineage.get(0).fieldNames();
        return names.length > 1 && names[names.length - 1].equals("value") && !names[0].equals("value");
    }

    private static void reverse(String[] names, byte[] types) {
        for (int i = 0, j = names.length - 1; i < j; i++, j--) {
            String name = names[i];
            names[i] = names[j];
            names[j] = name;
            byte type = types[i];
            types[i] = types[j];
            types[j] = type;
        }
    }

    /** Whether the dumped JVM lays fields out as before JDK 15, told by java.lang.Class's fields. */
    private static boolean legacy(HeapIndex index) throws IOException {
        int javaLangClass = classIndex(index, "java.lang.Class");
        if (javaLangClass < 0) {
            return false;
        }
        List<ClassShape> lineage = index.contents().lineageShapes(javaLangClass);
        return !lineage.isEmpty()
                && LegacyFieldLayouts.usedBy(new LinkedHashSet<>(Arrays.asList(lineage.get(0).fieldNames())));
    }

    /** The first class of that name (or display name, for a name several loaders define), or -1. */
    private static int classIndex(HeapIndex index, String className) {
        List<HeapClass> classes = index.classes();
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).name().equals(className) || classes.get(c).displayName().equals(className)) {
                return c;
            }
        }
        return -1;
    }
}
