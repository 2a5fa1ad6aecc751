package heapwhy.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputToolsTest {

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
}
