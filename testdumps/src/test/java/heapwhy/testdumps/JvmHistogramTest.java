package heapwhy.testdumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmHistogramTest {
    /** Shape of GC.class_histogram on JDK 17.0.15 (lines taken from a real run, trimmed). */
    private static final String JDK17 = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         20000         800000  heapwhy.testdumps.scenarios.MyCache$Entry
               2:         13782         757368  [B (java.base@17.0.15)
               3:         12914         309936  java.lang.String (java.base@17.0.15)
               5:          2026         246640  [Ljava.lang.Object; (java.base@17.0.15)
             255:             7            112  java.util.regex.Pattern$CharPredicate$$Lambda$21/0x80000002d (java.base@17.0.15)
             419:             1             32  heapwhy.testdumps.scenarios.Snapshots
             678:             1             16  sun.util.resources.cldr.provider.CLDRLocaleDataMetaInfo (jdk.localedata@17.0.15)
            Total         36731        2114080
            """;

    /** Shape on Temurin 25.0.3: same layout; hidden lambdas lose their number, filler arrays appear. */
    private static final String JDK25 = """
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         16092         940464  [B (java.base@25.0.3)
               2:         20000         800000  heapwhy.testdumps.scenarios.MyCache$Entry
               8:          1063          59832  [I (java.base@25.0.3)
              15:           510          21440  [Ljdk.internal.vm.FillerElement; (java.base@25.0.3)
             224:            11            176  java.util.regex.Pattern$$Lambda/0x800000027 (java.base@25.0.3)
             498:             1             24  java.lang.String$$StringConcat/0x0000000012042c00 (java.base@25.0.3)
            Total         37677        1821936
            """;

    @Test
    void parsesJdk17RowsWithJavaNamesAndModules() {
        JvmHistogram h = JvmHistogram.parse(JDK17);
        assertEquals(7, h.rows().size());
        assertEquals(new JvmHistogram.Row("heapwhy.testdumps.scenarios.MyCache$Entry", 20000, 800000, ""),
                h.rows().get(0));
        assertEquals(new JvmHistogram.Row("byte[]", 13782, 757368, "java.base@17.0.15"), h.rows().get(1));
        assertEquals(new JvmHistogram.Row("java.lang.Object[]", 2026, 246640, "java.base@17.0.15"),
                h.rows().get(3));
        assertEquals("java.util.regex.Pattern$CharPredicate$$Lambda$21/0x80000002d", h.rows().get(4).javaName());
        assertEquals("jdk.localedata@17.0.15", h.rows().get(6).module());
        assertEquals(new JvmHistogram.Totals(36731, 2114080), h.totals());
    }

    @Test
    void parsesJdk25RowsIncludingFillerArraysAndHiddenClasses() {
        JvmHistogram h = JvmHistogram.parse(JDK25);
        assertEquals(6, h.rows().size());
        assertEquals(new JvmHistogram.Row("byte[]", 16092, 940464, "java.base@25.0.3"), h.rows().get(0));
        assertEquals(new JvmHistogram.Row("int[]", 1063, 59832, "java.base@25.0.3"), h.rows().get(2));
        assertEquals("jdk.internal.vm.FillerElement[]", h.rows().get(3).javaName());
        assertEquals("java.util.regex.Pattern$$Lambda/0x800000027", h.rows().get(4).javaName());
        assertEquals("java.lang.String$$StringConcat/0x0000000012042c00", h.rows().get(5).javaName());
        assertEquals(20000, h.count("heapwhy.testdumps.scenarios.MyCache$Entry"));
        assertEquals(new JvmHistogram.Totals(37677, 1821936), h.totals());
    }

    @Test
    void keepsSameNamedClassesOfDifferentLoadersAsSeparateRowsButSumsTheirCount() {
        JvmHistogram h = JvmHistogram.parse("""
               1:            10            160  com.example.Foo
               2:             3             48  com.example.Foo
               3:             2             32  com.example.Bar
            """);
        assertEquals(3, h.rows().size());
        assertEquals(13, h.count("com.example.Foo"));
        assertEquals(0, h.count("com.example.Missing"));
        assertEquals(List.of("com.example.Foo", "com.example.Bar"), List.copyOf(h.countsByName().keySet()));
    }

    @Test
    void totalsFallBackToTheSumOfRowsWithoutTotalLine() {
        JvmHistogram h = JvmHistogram.parse("""
               1:            10            160  com.example.Foo
               2:             2             32  [[I (java.base@17.0.15)
            """);
        assertEquals(new JvmHistogram.Totals(12, 192), h.totals());
    }

    @Test
    void rejectsLinesThatAreNoHistogramRows() {
        assertThrows(IllegalArgumentException.class, () -> JvmHistogram.parse("   1:  10  oops\n"));
    }

    @Test
    void convertsJvmArrayNamesToJavaSyntax() {
        assertEquals("byte[]", JvmHistogram.toJavaName("[B"));
        assertEquals("int[][]", JvmHistogram.toJavaName("[[I"));
        assertEquals("boolean[]", JvmHistogram.toJavaName("[Z"));
        assertEquals("char[]", JvmHistogram.toJavaName("[C"));
        assertEquals("short[]", JvmHistogram.toJavaName("[S"));
        assertEquals("long[]", JvmHistogram.toJavaName("[J"));
        assertEquals("float[]", JvmHistogram.toJavaName("[F"));
        assertEquals("double[][][]", JvmHistogram.toJavaName("[[[D"));
        assertEquals("java.lang.String[]", JvmHistogram.toJavaName("[Ljava.lang.String;"));
        assertEquals("java.util.HashMap$Node[][]", JvmHistogram.toJavaName("[[Ljava.util.HashMap$Node;"));
    }

    @Test
    void leavesPlainAndHiddenClassNamesUnchanged() {
        assertEquals("java.lang.String", JvmHistogram.toJavaName("java.lang.String"));
        assertEquals("com.Foo$$Lambda$14/0x0000000800c0b000", JvmHistogram.toJavaName("com.Foo$$Lambda$14/0x0000000800c0b000"));
        assertEquals("com.Foo$$Lambda/0x0000000800c0b000[]", JvmHistogram.toJavaName("[Lcom.Foo$$Lambda/0x0000000800c0b000;"));
    }
}
