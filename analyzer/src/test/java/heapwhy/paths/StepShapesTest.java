package heapwhy.paths;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps merge by shape: keys, indexes and run lengths go, fields and statics stay as they are. */
class StepShapesTest {
    @Test
    void keysIndexesAndRunLengthsBecomeEllipses() {
        assertEquals("map[…]", Backrefs.grouped("map[\"tenant-3\"]"));
        assertEquals("map[…]", Backrefs.grouped("map[\"a]b\"]"));
        assertEquals("list[…]", Backrefs.grouped("list[17]"));
        assertEquals("[…]", Backrefs.grouped("[3]"));
        assertEquals("map key …", Backrefs.grouped("map key \"k\""));
        assertEquals("cache key …", Backrefs.grouped("cache key 42"));
        assertEquals("next ×…", Backrefs.grouped("next ×2,999"));
    }

    @Test
    void fieldsStaticsAndThreadLocalsStay() {
        assertEquals("static MyCache.ENTRIES", Backrefs.grouped("static MyCache.ENTRIES"));
        assertEquals("static Holder.ARRAY[0]", Backrefs.grouped("static Holder.ARRAY[0]"));
        assertEquals("<reference>", Backrefs.grouped("<reference>"));
        assertEquals("threadLocal Filter.CONTEXT", Backrefs.grouped("threadLocal Filter.CONTEXT"));
        assertEquals("elementData", Backrefs.grouped("elementData"));
        assertEquals("… 3 steps … map[\"k\"]", Backrefs.grouped("… 3 steps … map[\"k\"]"));
        assertEquals("next ×", Backrefs.grouped("next ×"));
    }
}
