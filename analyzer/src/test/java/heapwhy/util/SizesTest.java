package heapwhy.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizesTest {

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
    void sizesAreReadAsPeopleWriteThemAndNothingElseIsOne() {
        assertEquals(65536, Sizes.parse("65536"));
        assertEquals(64L << 10, Sizes.parse("64KB"));
        assertEquals(3L << 19, Sizes.parse(" 1.5 MB "));
        assertEquals(2L << 30, Sizes.parse("2g"));
        assertEquals(512L << 10, Sizes.parse("512 KiB"));
        assertEquals(1L << 40, Sizes.parse("1t"));
        assertEquals(-1, Sizes.parse("lots"));
        assertEquals(-1, Sizes.parse("-5MB"));
        assertEquals(-1, Sizes.parse("99999999999t"), "too big for a long");
    }
}
