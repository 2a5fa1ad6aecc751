package heapwhy.gui;

import heapwhy.graph.HeapClass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClassLookupTest {
    private static HeapClass named(String name) {
        return new HeapClass(name, null, false, 1, 16, 16, 0, 0);
    }

    private final List<HeapClass> classes = List.of(named("com.a.Entry"), named("com.b.Entry"),
            named("com.a.MyCache$Entry"), named("java.util.HashMap"), named("com.a.Map"));

    @Test
    void theFullNameIsTakenAsItIs() {
        assertEquals(new ClassLookup.Found("java.util.HashMap", null), ClassLookup.find(classes, " java.util.HashMap "));
    }

    @Test
    void aNameWithoutItsPackageFindsTheOneClassItEnds() {
        assertEquals("com.a.MyCache$Entry", ClassLookup.find(classes, "MyCache$Entry").className());
        assertEquals("com.a.MyCache$Entry", ClassLookup.find(classes, "a.MyCache$Entry").className());
    }

    @Test
    void aNameSeveralClassesEndWithNamesThemAll() {
        ClassLookup.Found found = ClassLookup.find(classes, "Entry");
        assertNull(found.className());
        assertEquals("Entry could be com.a.Entry, com.b.Entry: type more of the name.", found.problem());
    }

    @Test
    void aNameNoClassEndsWithIsReportedAndPartsOfAWordDoNotCount() {
        assertEquals(new ClassLookup.Found(null, "No class named ashMap in this dump."), ClassLookup.find(classes, "ashMap"));
        assertNull(ClassLookup.find(classes, "").className());
    }
}
