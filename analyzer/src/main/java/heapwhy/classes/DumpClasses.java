package heapwhy.classes;

import heapwhy.hprof.BasicType;
import heapwhy.hprof.reader.ClassDump;
import heapwhy.hprof.reader.HprofReader;
import heapwhy.store.LongIntMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a dump says about its classes: names (through the UTF8 records), class dumps, and the few class
 * facts the analyses derive from them. Fed by a reader's visitor; holds nothing per object.
 */
public final class DumpClasses {
    private static final String CLASS_LOADER = "java/lang/ClassLoader";

    private final LongIntMap stringIndex = new LongIntMap(1 << 14);
    private final List<byte[]> strings = new ArrayList<>();
    private final Map<Long, Long> nameIds = new HashMap<>();
    private final Map<Long, ClassDump> dumps = new HashMap<>();
    private final List<Long> classIds = new ArrayList<>();
    private final Map<Long, Boolean> loaderClasses = new HashMap<>();

    public void addString(long id, byte[] modifiedUtf8) {
        stringIndex.put(id, strings.size());
        strings.add(modifiedUtf8);
    }

    /** A LOAD_CLASS record; HotSpot repeats them for array classes, which is harmless here. */
    public void addLoadClass(long classId, long nameId) {
        if (nameIds.put(classId, nameId) == null && !dumps.containsKey(classId)) {
            classIds.add(classId);
        }
    }

    public void addClassDump(ClassDump dump) {
        if (dumps.put(dump.id(), dump) == null && !nameIds.containsKey(dump.id())) {
            classIds.add(dump.id());
        }
    }

    public String string(long id) {
        int index = stringIndex.get(id);
        return index < 0 ? null : HprofReader.decode(strings.get(index));
    }

    /** The class's name in JVM form ({@code java/lang/String}), or null when the dump does not name it. */
    public String internalName(long classId) {
        Long nameId = nameIds.get(classId);
        return nameId == null ? null : string(nameId);
    }

    /** The class's name in Java syntax, or "unknown class 0x…". */
    public String javaName(long classId) {
        String internal = internalName(classId);
        return internal == null ? "unknown class 0x" + Long.toHexString(classId) : ClassNames.toJava(internal);
    }

    public ClassDump dump(long classId) {
        return dumps.get(classId);
    }

    /** Every class id the dump mentions (LOAD_CLASS or CLASS_DUMP), in the order first seen. */
    public List<Long> classIds() {
        return classIds;
    }

    public int classDumpCount() {
        return dumps.size();
    }

    /** The id of the class with this JVM name, or 0. */
    public long classIdOf(String internalName) {
        for (long id : classIds) {
            if (internalName.equals(internalName(id))) {
                return id;
            }
        }
        return 0;
    }

    /** Whether instances of the class are class loaders (it extends java.lang.ClassLoader). */
    public boolean isLoaderClass(long classId) {
        return loaderClasses.computeIfAbsent(classId, id -> {
            long c = id;
            for (int depth = 0; c != 0 && depth < 64; depth++) {
                if (CLASS_LOADER.equals(internalName(c))) {
                    return true;
                }
                ClassDump d = dumps.get(c);
                c = d == null ? 0 : d.superId();
            }
            return false;
        });
    }

    /** Names of the class's own instance fields. */
    public Set<String> fieldNames(ClassDump dump) {
        Set<String> names = new HashSet<>();
        for (long id : dump.fieldNameIds()) {
            String fieldName = string(id);
            if (fieldName != null) {
                names.add(fieldName);
            }
        }
        return names;
    }

    /** The int and long static fields of jdk.internal.misc.Unsafe by name (they reveal the object layout). */
    public Map<String, Long> unsafeStatics() {
        Map<String, Long> values = new HashMap<>();
        ClassDump unsafe = dumps.get(classIdOf("jdk/internal/misc/Unsafe"));
        if (unsafe != null) {
            for (int i = 0; i < unsafe.staticTypes().length; i++) {
                int type = unsafe.staticTypes()[i];
                String field = string(unsafe.staticNameIds()[i]);
                if (field != null && (type == BasicType.INT || type == BasicType.LONG)) { // long from JDK 23
                    values.put(field, unsafe.staticValues()[i]);
                }
            }
        }
        return values;
    }

    /**
     * "LoaderClass@0xID" for the loader that defined the class, null for the boot loader.
     *
     * @param loaderClasses class loader object id → that loader's class id, as a pass over the objects found
     */
    public String loaderOf(long classId, java.util.Map<Long, Long> loaderClasses) {
        ClassDump dump = dumps.get(classId);
        if (dump == null || dump.loaderId() == 0) {
            return null;
        }
        Long loaderClass = loaderClasses.get(dump.loaderId());
        String loaderName = loaderClass == null ? null : internalName(loaderClass);
        return (loaderName == null ? "loader" : ClassNames.toJava(loaderName)) + "@0x"
                + Long.toHexString(dump.loaderId());
    }
}
