package heapwhy.suspects;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.ProgressListener;
import heapwhy.report.suspects.SuspectsText;
import heapwhy.testdumps.synthetic.BasicType;
import heapwhy.testdumps.synthetic.LayoutStatics;
import heapwhy.testdumps.synthetic.RootKind;
import heapwhy.testdumps.synthetic.SyntheticHeap;
import heapwhy.testdumps.synthetic.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-made heaps with the JDK's loader classes, an application loader that a boot class's static holds, and
 * application classes whose statics hold what the tests need: where suspects end up below class loaders.
 */
class LoaderSuspectsTest {
    @TempDir
    Path tmp;

    /** A heap with java.lang.ClassLoader and its JDK subclasses declared, and an application loader. */
    private static final class LoaderHeap {
        final SyntheticHeap h = new SyntheticHeap(8).layout(LayoutStatics.compressed());
        final long appLoader;
        /** The boot class whose static holds the application loader. */
        final long loaders;

        LoaderHeap() {
            h.classId("java/lang/Object");
            h.classId("java/lang/Class");
            SyntheticHeap.ClassBuilder unsafe = h.declareClass("jdk/internal/misc/Unsafe");
            LayoutStatics.compressed().asStatics().forEach((name, v) -> unsafe.staticField(name, Value.ofInt(v)));
            unsafe.define();
            h.declareClass("java/lang/ClassLoader").field("parent", BasicType.OBJECT).define();
            h.declareClass("java/security/SecureClassLoader", "java/lang/ClassLoader").define();
            h.declareClass("java/net/URLClassLoader", "java/security/SecureClassLoader").define();
            h.declareClass("jdk/internal/loader/BuiltinClassLoader", "java/security/SecureClassLoader").define();
            long appLoaderClass = h.declareClass("jdk/internal/loader/ClassLoaders$AppClassLoader",
                    "jdk/internal/loader/BuiltinClassLoader").define();
            appLoader = h.instance(appLoaderClass).add();
            // a boot class, so a GC root, as jdk.internal.loader.ClassLoaders is
            loaders = h.declareClass("jdk/internal/loader/ClassLoaders").staticObject("APP_LOADER", appLoader).define();
            long other = h.instance(h.declareClass("com/example/Other").field("value", BasicType.INT).define())
                    .set("value", 1).add();
            h.root(RootKind.JNI_GLOBAL, other, 0x77);
        }

        /** A class of the loader whose static DATA holds a byte[] of that many bytes. */
        long classWithData(String name, long loader, int bytes) {
            return h.declareClass(name).loader(loader).staticObject("DATA", h.primitiveArray(new byte[bytes])).define();
        }

        HeapIndex open(Path dir) throws IOException {
            Path dump = h.writeTo(dir.resolve("loaders.hprof"));
            return HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(dir.resolve("index")), ProgressListener.NONE);
        }
    }

    @Test
    void loaderThatOneStaticKeepsAliveIsTheSuspectWithThatStatic() throws IOException {
        LoaderHeap heap = new LoaderHeap();
        SyntheticHeap h = heap.h;
        // no "ClassLoader" in its name: a loader by its superclasses
        long redeployedClass = h.declareClass("com/example/Redeployed", "java/net/URLClassLoader").define();
        long redeployed = h.instance(redeployedClass).add();
        for (int i = 0; i < 10; i++) {
            heap.classWithData("com/example/plugin/P" + i, redeployed, 2_000 + 10 * i);
        }
        long registry = h.declareClass("com/example/Registry").loader(heap.appLoader)
                .staticObject("LAST", redeployed).define();

        try (HeapIndex index = heap.open(tmp)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = SuspectsText.format(index, report);
            assertEquals(1, report.suspects().size(), text);
            Suspect suspect = report.suspects().get(0);
            assertEquals(SuspectKind.KEPT_LOADER, suspect.kind(), text);
            assertEquals(index.findObject(redeployed), suspect.node(), text);
            assertEquals(new Holder(index.findObject(registry), "static Registry.LAST"), suspect.holder(), text);
            assertEquals(index.findObject(redeployed), suspect.accumulation(), text);
            assertEquals("static P9.DATA", suspect.biggestHeld().get(0).holder().field(), text);
            assertTrue(text.contains("Suspect 1: class loader com.example.Redeployed 0x"
                    + Long.toHexString(redeployed) + ", kept alive by static Registry.LAST, retains "), text);
            assertTrue(text.contains("  The biggest objects its classes' statics hold:" + System.lineSeparator()
                    + "    static P9.DATA  byte[] 0x"), text);
            assertFalse(text.contains("itself"), text);
        }
    }

    @Test
    void manySmallStaticsOfTheApplicationLoaderLeaveTheLoaderAsSuspectNamingTheBiggest() throws IOException {
        LoaderHeap heap = new LoaderHeap();
        for (int i = 0; i < 20; i++) {
            heap.classWithData("com/example/C" + i, heap.appLoader, 1_000 + 10 * i);
        }

        try (HeapIndex index = heap.open(tmp)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = SuspectsText.format(index, report);
            assertEquals(1, report.suspects().size(), text);
            Suspect suspect = report.suspects().get(0);
            assertEquals(SuspectKind.STATICS, suspect.kind(), text);
            assertEquals(index.findObject(heap.appLoader), suspect.node(), text);
            // the one static that holds it makes its class the top-most object; a real JVM holds it more ways
            assertEquals(new Holder(index.findObject(heap.loaders), "static ClassLoaders.APP_LOADER"), suspect.holder(),
                    text);
            assertEquals(suspect.retained(), suspect.ownBytes(), text);
            assertEquals(Suspects.HELD_CLASSES, suspect.biggestHeld().size(), text);
            assertEquals("static C19.DATA", suspect.biggestHeld().get(0).holder().field(), text);
            assertEquals("static C15.DATA", suspect.biggestHeld().get(4).holder().field(), text);
            assertEquals("byte[]", suspect.contents().get(0).className(), text);
            assertEquals(20, suspect.contents().get(0).count(), text);
            assertTrue(text.contains("Suspect 1: class loader jdk.internal.loader.ClassLoaders$AppClassLoader 0x"
                    + Long.toHexString(heap.appLoader) + " held by static ClassLoaders.APP_LOADER retains "), text);
            assertTrue(text.contains("in its classes and what their statics hold, spread over many objects: none keeps"
                    + " 10 % of the heap alone."), text);
            assertTrue(text.contains("    static C19.DATA  byte[] 0x"), text);
            assertFalse(text.contains("itself"), text);
        }
    }

    @Test
    void bigStaticBesideManySmallOnesIsASuspectAndTheLoaderKeepsTheRest() throws IOException {
        LoaderHeap heap = new LoaderHeap();
        for (int i = 0; i < 20; i++) {
            heap.classWithData("com/example/C" + i, heap.appLoader, 1_000);
        }
        long big = heap.classWithData("com/example/Big", heap.appLoader, 10_000);

        try (HeapIndex index = heap.open(tmp)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = SuspectsText.format(index, report);
            assertEquals(2, report.suspects().size(), text);
            // the big static is a place to fix, so it comes first though the loader keeps more, spread thin
            Suspect data = report.suspects().get(0);
            Suspect loader = report.suspects().get(1);
            assertEquals(SuspectKind.STATICS, loader.kind(), text);
            assertEquals(loader.retained() - data.retained(), loader.ownBytes(), text);
            assertEquals(SuspectKind.OBJECT, data.kind(), text);
            assertEquals(new Holder(index.findObject(big), "static Big.DATA"), data.holder(), text);
            // the loader's story leaves out what suspect 1 already tells
            assertTrue(loader.biggestHeld().stream().noneMatch(held -> held.node() == data.node()), text);
            assertEquals(20, loader.contents().get(0).count(), text);
            assertTrue(text.contains("in its classes and what their statics hold: beside the suspects found in it, "),
                    text);
            assertTrue(text.contains("Suspect 1: byte[] 0x" + Long.toHexString(index.objectId(data.node()))
                    + " held by static Big.DATA retains "), text);
        }
    }

    @Test
    void loaderHeldOnlyAsItsChildrensParentIsLookedInto() throws IOException {
        LoaderHeap heap = new LoaderHeap();
        SyntheticHeap h = heap.h;
        long pluginLoaderClass = h.declareClass("com/example/PluginLoader", "java/net/URLClassLoader").define();
        long shared = h.instance(pluginLoaderClass).add();
        for (int i = 0; i < 2; i++) {
            long child = h.instance(pluginLoaderClass).set("parent", shared).add();
            h.root(RootKind.JNI_GLOBAL, child, 0x100 + i);
        }
        long big = heap.classWithData("com/example/Big", shared, 10_000);

        try (HeapIndex index = heap.open(tmp)) {
            SuspectsReport report = Suspects.find(index, Suspects.DEFAULT_THRESHOLD);
            String text = SuspectsText.format(index, report);
            Suspect first = report.suspects().get(0);
            assertEquals(SuspectKind.OBJECT, first.kind(), text);
            assertEquals(new Holder(index.findObject(big), "static Big.DATA"), first.holder(), text);
            assertTrue(report.suspects().stream().noneMatch(s -> s.kind() == SuspectKind.KEPT_LOADER), text);
        }
    }
}
