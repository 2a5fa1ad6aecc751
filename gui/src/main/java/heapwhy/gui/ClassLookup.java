package heapwhy.gui;

import heapwhy.graph.HeapClass;

import java.util.List;
import java.util.TreeSet;

/**
 * The class a typed name means: the full name as the dump spells it, or, so that one need not type the
 * package, a name the full one ends with ("MyCache$Entry", "scenarios.MyCache$Entry") if only one class does.
 */
final class ClassLookup {
    /** The class found (full name), or null and why not. */
    record Found(String className, String problem) {
    }

    private ClassLookup() {
    }

    static Found find(List<HeapClass> classes, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return new Found(null, "Type a class name, e.g. java.util.HashMap or MyCache$Entry.");
        }
        TreeSet<String> endingSo = new TreeSet<>();
        for (HeapClass c : classes) {
            if (c.name().equals(name)) {
                return new Found(name, null);
            }
            if (c.name().endsWith("." + name)) {
                endingSo.add(c.name());
            }
        }
        if (endingSo.size() == 1) {
            return new Found(endingSo.first(), null);
        }
        if (endingSo.isEmpty()) {
            return new Found(null, "No class named " + name + " in this dump.");
        }
        return new Found(null, name + " could be " + String.join(", ", endingSo) + ": type more of the name.");
    }
}
