package heapwhy.cli.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void paragraphsWrapAtWordBoundaries() {
        String nl = System.lineSeparator();
        assertEquals("one two" + nl + "three" + nl + "averyveryverylongword",
                Paragraphs.wrap("one  two three averyveryverylongword", 9));
    }

    @Test
    void aTermsTextContinuesUnderItsFirstWord() {
        String nl = System.lineSeparator();
        assertEquals("  --top N    owners and examples shown" + nl + "             per finding",
                Paragraphs.wrapHanging("  --top N    owners and examples shown per finding", 40));
    }

    @Test
    void anIndentedLineContinuesUnderItsIndentation() {
        String nl = System.lineSeparator();
        assertEquals("    one two" + nl + "    three", Paragraphs.wrapHanging("    one two three", 12));
    }

    @Test
    void aLineThatFitsIsLeftAsItIs() {
        assertEquals("  a  b   c", Paragraphs.wrapHanging("  a  b   c", 80));
    }
}
