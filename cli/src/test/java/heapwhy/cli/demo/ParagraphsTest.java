package heapwhy.cli.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void paragraphsWrapAtWordBoundaries() {
        String nl = System.lineSeparator();
        assertEquals("one two" + nl + "three" + nl + "averyveryverylongword",
                Paragraphs.wrap("one  two three averyveryverylongword", 9));
    }
}
