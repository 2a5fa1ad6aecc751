package heapwhy.util;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The small texts the CLI and the GUI share: dump letters, series across dumps, object ids. */
class TextForPeopleTest {
    @Test
    void dumpLabelsCountLikeSpreadsheetColumns() {
        List<String> labels = java.util.stream.IntStream.of(0, 1, 25, 26, 27, 51, 52, 701, 702)
                .mapToObj(SeriesText::dumpLabel).toList();
        assertEquals(List.of("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"), labels);
    }

    @Test
    void aSeriesReadsOldestFirstWithArrowsAndSaysItsStepsWhenThereAreThreeOrMore() {
        assertEquals("20,000 → 40,000 → 60,000", SeriesText.of(List.of(20_000L, 40_000L, 60_000L), Sizes::grouped));
        assertEquals(" (+20,000 per interval)", SeriesText.perInterval(List.of(20_000L, 40_000L, 60_000L)));
        assertEquals(" (+1,000, +5,000)", SeriesText.perInterval(List.of(0L, 1_000L, 6_000L)));
        assertEquals(" (+3, -1)", SeriesText.perInterval(List.of(0L, 3L, 2L)));
        assertEquals("", SeriesText.perInterval(List.of(1L, 9L)));
    }

    @Test
    void objectIdsAreWrittenInHexAndReadInHexOrDecimal() {
        assertEquals("0xf0058d78", ObjectIdText.hex(0xf0058d78L));
        assertEquals(0xf0058d78L, ObjectIdText.parse(" 0xF0058D78 "));
        assertEquals(4_027_944_312L, ObjectIdText.parse("4027944312"));
        assertEquals(-1L, ObjectIdText.parse("0xffffffffffffffff"));
        assertNull(ObjectIdText.parse("tenant-3"));
        assertNull(ObjectIdText.parse(""));
        assertNull(ObjectIdText.parse(null));
    }
}
