package heapwhy.graph;

import heapwhy.classes.DumpClasses;
import heapwhy.hprof.reader.ClassDump;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A class as the index keeps it, to read its instances' fields and its statics by name long after the dump
 * was parsed.
 *
 * @param id the class object's id
 * @param name the class name in Java syntax
 * @param superId the superclass's id, 0 for none
 * @param loaderId the defining loader's id, 0 for the boot loader
 * @param fieldNames the class's own instance fields, in dump order
 * @param fieldTypes their HPROF basic types
 * @param staticNames static fields
 * @param staticTypes their types
 * @param staticValues their values (references as ids)
 */
public record ClassShape(long id, String name, long superId, long loaderId, String[] fieldNames, byte[] fieldTypes,
                         String[] staticNames, byte[] staticTypes, long[] staticValues) {

    /** Every class dump of a parsed dump, by class id. */
    static Map<Long, ClassShape> of(DumpClasses classes) {
        Map<Long, ClassShape> shapes = new LinkedHashMap<>();
        for (long id : classes.classIds()) {
            ClassDump d = classes.dump(id);
            if (d == null) {
                continue;
            }
            String[] fields = new String[d.fieldNameIds().length];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = nameOrPlaceholder(classes.string(d.fieldNameIds()[i]), i);
            }
            String[] statics = new String[d.staticNameIds().length];
            for (int i = 0; i < statics.length; i++) {
                statics[i] = nameOrPlaceholder(classes.string(d.staticNameIds()[i]), i);
            }
            shapes.put(id, new ClassShape(id, classes.javaName(id), d.superId(), d.loaderId(), fields,
                    d.fieldTypes(), statics, d.staticTypes(), d.staticValues()));
        }
        return shapes;
    }

    private static String nameOrPlaceholder(String name, int index) {
        return name == null ? "field#" + index : name;
    }
}
