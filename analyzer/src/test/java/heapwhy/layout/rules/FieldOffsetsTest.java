package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each field's offset agrees with the placed blocks, in both layouts (12-byte header, 4-byte references). */
class FieldOffsetsTest {
    private static final byte[] MIXED = {BasicType.BYTE, BasicType.LONG, BasicType.OBJECT, BasicType.INT};

    @Test
    void theNewLayoutPutsTheIntIntoTheHoleBeforeTheLongAndTheByteAfterIt() {
        FieldLayouts.Placed root = FieldLayouts.root(12);
        assertArrayEquals(new int[] {24, 16, 28, 12}, FieldLayouts.ownOffsets(root, MIXED, 12, 4));
        assertEquals(32, FieldLayouts.place(root, MIXED, 12, 4).end());
    }

    @Test
    void fieldsOfOneSizeKeepTheirOrder() {
        byte[] ints = {BasicType.INT, BasicType.FLOAT, BasicType.INT};
        assertArrayEquals(new int[] {12, 16, 20}, FieldLayouts.ownOffsets(FieldLayouts.root(12), ints, 12, 4));
    }

    @Test
    void theOldLayoutMovesTheFirstIntIntoTheGapAndPutsReferencesLast() {
        FieldLayouts.Placed root = FieldLayouts.root(12);
        // start 12, longs from 16: the gap 12..16 takes the int; then long 16, byte 24, reference at 28
        assertArrayEquals(new int[] {24, 16, 28, 12}, LegacyFieldLayouts.ownOffsets(root, MIXED, 4, false));
        assertEquals(32, LegacyFieldLayouts.place(root, MIXED, 4, false).end());
    }

    @Test
    void theOldLayoutWithReferencesFirstPutsThemRightAfterTheSuperclass() {
        FieldLayouts.Placed root = FieldLayouts.root(12);
        // reference at 12, long aligned to 16, int 24, byte 28, end 29
        assertArrayEquals(new int[] {28, 16, 12, 24}, LegacyFieldLayouts.ownOffsets(root, MIXED, 4, true));
        assertEquals(29, LegacyFieldLayouts.place(root, MIXED, 4, true).end());
    }
}
