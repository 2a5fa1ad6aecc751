package heapwhy.cli;

import heapwhy.cli.demo.Paragraphs;
import heapwhy.report.Csv;
import heapwhy.report.ShellWords;
import heapwhy.report.TextTable;
import heapwhy.util.Sizes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmallPartsTest {

    @Test
    void sizesAreHumanFriendlyInBinaryUnits() {
        assertEquals("0 B", Sizes.human(0));
        assertEquals("1023 B", Sizes.human(1023));
        assertEquals("1.0 KB", Sizes.human(1024));
        assertEquals("1.2 MB", Sizes.human(1_234_567));
        assertEquals("1.0 MB", Sizes.human(1024 * 1024 - 1));
        assertEquals("-3.0 KB", Sizes.human(-3072));
        assertEquals("+1.0 GB", Sizes.signedHuman(1L << 30));
        assertEquals("1,234,567", Sizes.grouped(1_234_567));
        assertEquals("+12", Sizes.signedGrouped(12));
        assertEquals("0", Sizes.signedGrouped(0));
    }

    @Test
    void csvQuotesOnlyWhereRfc4180Requires() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("", Csv.field(null));
        assertEquals("a,,\"b,c\"\n", Csv.record("a", null, "b,c"));
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertEquals("/tmp/a.hprof", ShellWords.quote("/tmp/a.hprof"));
        assertEquals("'/my dumps/a.hprof'", ShellWords.quote("/my dumps/a.hprof"));
        assertEquals("'it'\\''s'", ShellWords.quote("it's"));
    }

    @Test
    void tableAlignsNumbersRightAndLeavesNoTrailingBlanks() {
        String table = new TextTable(">n", "name").row("1", "a").row("100", "bb").render();
        assertEquals("  n  name" + System.lineSeparator() + "  1  a" + System.lineSeparator()
                + "100  bb" + System.lineSeparator(), table);
    }

    @Test
    void paragraphsWrapAtWordBoundaries() {
        String nl = System.lineSeparator();
        assertEquals("one two" + nl + "three" + nl + "averyveryverylongword",
                Paragraphs.wrap("one  two three averyveryverylongword", 9));
    }
}
