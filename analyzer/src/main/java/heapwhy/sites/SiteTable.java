package heapwhy.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signatures of one dump, a few dozen bytes each however many objects share one: what identifies a
 * signature (its parent signature, the label of the reference that leads to it and its class, or for a
 * signature that starts a path, its root key) and what the dump holds under it (objects, shallow bytes, retained
 * bytes of the objects that no other object of the signature dominates, one example object). A parent is always added
 * before its children.
 */
final class SiteTable {
    private int size;
    private int[] parent = new int[1024];
    private int[] classIndex = new int[1024];
    private int[] holderClass = new int[1024];
    private int[] slot = new int[1024];
    private long[] count = new long[1024];
    private long[] shallow = new long[1024];
    private long[] retained = new long[1024];
    private int[] example = new int[1024];
    private final List<String> label = new ArrayList<>();
    private final List<String> className = new ArrayList<>();
    private final List<String> rootKey = new ArrayList<>();
    private final List<Set<String>> threads = new ArrayList<>();

    /** Adds a signature that starts a path (a GC root's object or a class); returns its number. */
    int addRoot(String key, String className, int classIndex) {
        return add(-1, -1, 0, null, className, classIndex, key);
    }

    /** Adds the signature reached from parent through the reference in slot; returns its number. */
    int addChild(int parent, int holderClass, int slot, String label, String className, int classIndex) {
        return add(parent, holderClass, slot, label, className, classIndex, null);
    }

    private int add(int parentSig, int holder, int slotNumber, String labelText, String name, int cls, String key) {
        if (size == parent.length) {
            int capacity = size * 2;
            parent = Arrays.copyOf(parent, capacity);
            classIndex = Arrays.copyOf(classIndex, capacity);
            holderClass = Arrays.copyOf(holderClass, capacity);
            slot = Arrays.copyOf(slot, capacity);
            count = Arrays.copyOf(count, capacity);
            shallow = Arrays.copyOf(shallow, capacity);
            retained = Arrays.copyOf(retained, capacity);
            example = Arrays.copyOf(example, capacity);
        }
        parent[size] = parentSig;
        classIndex[size] = cls;
        holderClass[size] = holder;
        slot[size] = slotNumber;
        example[size] = -1;
        label.add(labelText);
        className.add(name);
        rootKey.add(key);
        threads.add(null);
        return size++;
    }

    /** Counts one object under the signature; {@code starts} when it begins a run of alike objects. */
    void count(int sig, int node, long shallowBytes, boolean starts) {
        count[sig]++;
        shallow[sig] += shallowBytes;
        if (starts && (example[sig] < 0 || node < example[sig])) {
            example[sig] = node;
        }
    }

    /** Adds what one of the signature's objects retains that no other object of the signature dominates. */
    void retain(int sig, long retainedBytes) {
        retained[sig] += retainedBytes;
    }

    /** Remembers a thread whose root the signature stands for (alike-named threads share one). */
    void addThread(int sig, String name) {
        if (threads.get(sig) == null) {
            threads.set(sig, new TreeSet<>());
        }
        threads.get(sig).add(name);
    }

    int size() {
        return size;
    }

    int parent(int sig) {
        return parent[sig];
    }

    int classIndex(int sig) {
        return classIndex[sig];
    }

    int holderClass(int sig) {
        return holderClass[sig];
    }

    int slot(int sig) {
        return slot[sig];
    }

    String label(int sig) {
        return label.get(sig);
    }

    String className(int sig) {
        return className.get(sig);
    }

    /** The root key of a signature that starts a path, null for the others. */
    String rootKey(int sig) {
        return rootKey.get(sig);
    }

    Set<String> threads(int sig) {
        Set<String> names = threads.get(sig);
        return names == null ? Set.of() : names;
    }

    long count(int sig) {
        return count[sig];
    }

    long shallow(int sig) {
        return shallow[sig];
    }

    long retained(int sig) {
        return retained[sig];
    }

    /** The lowest-numbered object under the signature that starts a run of it (a list's head), -1 when none. */
    int example(int sig) {
        return example[sig];
    }
}
