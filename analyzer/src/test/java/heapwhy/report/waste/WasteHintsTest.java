package heapwhy.report.waste;

import heapwhy.waste.WasteKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WasteHintsTest {
    @Test
    void everyInspectionHasItsOwnHintWithAFix() {
        for (WasteKind kind : WasteKind.values()) {
            assertTrue(WasteHints.of(kind).contains(" Fix: "), kind + ": " + WasteHints.of(kind));
        }
        assertEquals(WasteKind.values().length, Arrays.stream(WasteKind.values()).map(WasteHints::of).distinct().count());
    }

    @Test
    void noHintHoldsAPercentSignWhichTheCommandsHelpWouldTakeForAFormat() {
        for (WasteKind kind : WasteKind.values()) {
            assertFalse(WasteHints.of(kind).contains("%"), kind + ": " + WasteHints.of(kind));
        }
    }
}
