package heapwhy.paths.walk;

import heapwhy.graph.ClassShape;
import heapwhy.graph.GcRoot;
import heapwhy.graph.HeapIndex;
import heapwhy.hprof.RootKind;

import java.io.IOException;

/**
 * A GC root spelled out: "system class com.acme.MyCache", "thread \"main\" (java.lang.Thread)",
 * "Java stack frame of thread \"main\" in com.acme.Main.main(Main.java:12): java.util.ArrayList",
 * "JNI global: com.acme.Foo".
 * Thread names are read from the Thread object that the thread's THREAD_OBJECT root names.
 */
public final class RootText {
    private final HeapIndex index;
    private final ThreadNames threads;

    public RootText(HeapIndex index) throws IOException {
        this.index = index;
        this.threads = new ThreadNames(index);
    }

    /** The start of a shown chain: its GC root, or for a class that is not one, the class and its loader. */
    public String of(ShortestPaths paths, int node) throws IOException {
        GcRoot root = paths.rootOf(node);
        if (root != null || !index.isClass(node)) {
            return root == null ? index.describe(node) : of(root);
        }
        String text = index.describe(node);
        ClassShape shape = index.contents().classShape(node);
        int loader = shape == null || shape.loaderId() == 0 ? -1 : index.findObject(shape.loaderId());
        return text + (loader < 0 ? " (boot loader)" : " (loaded by " + index.describe(loader) + ")");
    }

    /** The root as people read it, e.g. {@code system class com.acme.MyCache}. */
    public String of(GcRoot root) throws IOException {
        int node = root.node();
        String what = index.describe(node);
        if (index.isClass(node) && root.kind() == RootKind.STICKY_CLASS) {
            return "system class " + what.substring("class ".length());
        }
        if (root.kind() == RootKind.THREAD_OBJECT) {
            String name = threadName(node);
            return "thread " + (name == null ? "" : name + " ") + "(" + what + ")";
        }
        StringBuilder text = new StringBuilder(root.kind().description());
        if (root.kind() == RootKind.JAVA_FRAME || root.kind() == RootKind.JNI_LOCAL
                || root.kind() == RootKind.NATIVE_STACK || root.kind() == RootKind.THREAD_BLOCK) {
            String thread = threadNameBySerial(root.threadSerial());
            if (thread != null) {
                text.append(" of thread ").append(thread);
            } else if (root.threadSerial() != 0) {
                text.append(" of thread #").append(root.threadSerial());
            }
            if (!root.location().isEmpty()) {
                text.append(" in ").append(root.location());
            } else if (root.frame() >= 0) {
                text.append(", frame ").append(root.frame());
            }
        }
        return text.append(": ").append(what).toString();
    }

    private String threadNameBySerial(int serial) throws IOException {
        String name = threads.ofSerial(serial);
        return name == null ? null : ValueText.quote(name);
    }

    /** The thread's name, quoted, or null. */
    private String threadName(int thread) throws IOException {
        String name = threads.ofThread(thread);
        return name == null ? null : ValueText.quote(name);
    }
}
