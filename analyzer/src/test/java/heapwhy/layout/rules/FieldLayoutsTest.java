package heapwhy.layout.rules;

import heapwhy.hprof.BasicType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Field placement worked out by hand from the algorithm in the FieldLayouts Javadoc: the superclass's
 * fields keep their offsets; own primitives, largest first, then own references, each go into the smallest
 * hole that fits them at their natural alignment, else at the end (aligned, leaving a hole); the instance
 * size is the end rounded up to the alignment (at least 8).
 */
class FieldLayoutsTest {
    private static final byte O = BasicType.OBJECT;
    private static final byte Z = BasicType.BOOLEAN;
    private static final byte B = BasicType.BYTE;
    private static final byte S = BasicType.SHORT;
    private static final byte I = BasicType.INT;
    private static final byte J = BasicType.LONG;

    private static FieldLayouts.Placed place(FieldLayouts.Placed sup, int header, int refs, byte... types) {
        return FieldLayouts.place(sup, types, header, refs);
    }

    private static FieldLayouts.Placed top(int header, int refs, byte... types) {
        return place(FieldLayouts.root(header), header, refs, types);
    }

    @Test
    void classWithoutFieldsIsHeaderRoundedUp() {
        // header 12 -> end 12 -> 16; header 16 -> 16
        assertEquals(16, FieldLayouts.root(12).instanceSize(8));
        assertEquals(16, FieldLayouts.root(16).instanceSize(8));
        // compact headers: 8 bytes of header, still at least 8... and 8 is aligned
        assertEquals(8, FieldLayouts.root(8).instanceSize(8));
    }

    @Test
    void singleLongAfterTwelveByteHeaderLeavesAHoleAt12() {
        // long needs 8-alignment: end of header 12 -> pad 4 (hole 12..16), long at 16..24; size 24
        FieldLayouts.Placed p = top(12, 4, J);
        assertArrayEquals(new int[]{16}, p.offsets());
        assertEquals(24, p.end());
        assertEquals(24, p.instanceSize(8));
    }

    @Test
    void singleLongAfterSixteenByteHeaderNeedsNoPadding() {
        // header 16 is 8-aligned: long at 16..24; size 24
        FieldLayouts.Placed p = top(16, 8, J);
        assertArrayEquals(new int[]{16}, p.offsets());
        assertEquals(24, p.instanceSize(8));
    }

    @Test
    void intGoesIntoTheHoleLeftByTheLong() {
        // largest first: long appended at 16 (hole 12..16), then int fits the hole at 12; end 24 -> 24
        FieldLayouts.Placed p = top(12, 4, I, J);
        assertArrayEquals(new int[]{12, 16}, p.offsets());
        assertArrayEquals(new int[]{4, 8}, p.sizes());
        assertEquals(24, p.instanceSize(8));
    }

    @Test
    void subclassByteGoesRightAfterTheSuperclassByte() {
        // super {byte}: byte at 12, end 13 -> size 16. Subclass {byte}: no hole before 13, appended at 13;
        // end 14 -> size 16 (the subclass uses the super's padding, it does not start at 16)
        FieldLayouts.Placed sup = top(12, 4, B);
        assertEquals(13, sup.end());
        assertEquals(16, sup.instanceSize(8));
        FieldLayouts.Placed sub = place(sup, 12, 4, B);
        assertArrayEquals(new int[]{12, 13}, sub.offsets());
        assertEquals(14, sub.end());
        assertEquals(16, sub.instanceSize(8));
    }

    @Test
    void subclassIntFillsTheHoleBeforeTheSuperclassLong() {
        // super {long}: long at 16, hole 12..16, size 24. Subclass {int}: the hole 12..16 fits it -> end
        // stays 24, size 24 (appending would have given 28 -> 32)
        FieldLayouts.Placed sup = top(12, 4, J);
        FieldLayouts.Placed sub = place(sup, 12, 4, I);
        assertArrayEquals(new int[]{12, 16}, sub.offsets());
        assertEquals(24, sub.end());
        assertEquals(24, sub.instanceSize(8));
    }

    @Test
    void referencesComeAfterPrimitivesWithCompressedOops() {
        // {Object, int, Object, byte}, header 12, refs 4: primitives int, byte first: int 12..16, byte 16..17.
        // refs: the first one does not fit the 3 bytes 17..20 aligned -> pad to 20, ref 20..24; the second
        // (same size, last search failed) is appended 24..28. End 28 -> 32.
        FieldLayouts.Placed p = top(12, 4, O, I, O, B);
        assertArrayEquals(new int[]{12, 16, 20, 24}, p.offsets());
        assertArrayEquals(new int[]{4, 1, 4, 4}, p.sizes());
        assertEquals(32, p.instanceSize(8));
    }

    @Test
    void referencesComeAfterPrimitivesWithUncompressedOops() {
        // same class, header 16, refs 8: int 16..20, byte 20..21, ref padded to 24..32, ref 32..40 -> 40
        FieldLayouts.Placed p = top(16, 8, O, I, O, B);
        assertArrayEquals(new int[]{16, 20, 24, 32}, p.offsets());
        assertEquals(40, p.instanceSize(8));
    }

    @Test
    void twoReferencesWithEightByteRefsAndTwelveByteHeader() {
        // -XX:-UseCompressedOops with compressed class pointers: ref padded to 16..24, ref 24..32 -> 32
        FieldLayouts.Placed p = top(12, 8, O, O);
        assertArrayEquals(new int[]{16, 24}, p.offsets());
        assertEquals(32, p.instanceSize(8));
    }

    @Test
    void mixedPrimitivesLargestFirstAndSmallOnesAppended() {
        // {long, long, int, short, byte, boolean}, header 12: long 16..24 (hole 12..16); long appended
        // 24..32 (same size, search failed before); int into hole 12..16; short: no hole -> 32..34;
        // byte 34..35; boolean 35..36. End 36 -> 40.
        FieldLayouts.Placed p = top(12, 4, Z, B, S, I, J, J);
        assertArrayEquals(new int[]{12, 16, 24, 32, 34, 35}, p.offsets());
        assertArrayEquals(new int[]{4, 8, 8, 2, 1, 1}, p.sizes());
        assertEquals(36, p.end());
        assertEquals(40, p.instanceSize(8));
    }

    @Test
    void smallestFittingHoleWins() {
        // inherited fields at 14 (2 bytes) and 24 (8 bytes), header 12: holes 12..14 (2 bytes) and
        // 16..24 (8 bytes). A short fits both; the smaller hole 12..14 wins. End stays 32.
        FieldLayouts.Placed sup = new FieldLayouts.Placed(new int[]{14, 24}, new int[]{2, 8}, 32);
        FieldLayouts.Placed p = place(sup, 12, 4, S);
        assertArrayEquals(new int[]{12, 14, 24}, p.offsets());
        assertEquals(32, p.end());
    }

    @Test
    void fieldIsAlignedInsideAHole() {
        // inherited byte at 12 and long at 24: hole 13..24. An int needs 4-alignment: 13 -> 16; 16..20.
        FieldLayouts.Placed sup = new FieldLayouts.Placed(new int[]{12, 24}, new int[]{1, 8}, 32);
        FieldLayouts.Placed p = place(sup, 12, 4, I);
        assertArrayEquals(new int[]{12, 16, 24}, p.offsets());
        assertEquals(32, p.instanceSize(8));
    }

    @Test
    void alignmentSixteenRoundsUpToSixteen() {
        // {long} ends at 24: 24 -> 32 with 16-byte alignment; the empty class (12) -> 16
        assertEquals(32, top(12, 4, J).instanceSize(16));
        assertEquals(16, FieldLayouts.root(12).instanceSize(16));
        // {int, long} end 24 -> 32; {int} ends at 16 -> 16
        assertEquals(32, top(12, 4, I, J).instanceSize(16));
        assertEquals(16, top(12, 4, I).instanceSize(16));
    }

    @Test
    void reservedBytesAreNotReusedBySubclasses() {
        // super {int} at 12..16 plus 8 reserved bytes 16..24: subclass {int} cannot use them -> 24..28 -> 32
        FieldLayouts.Placed sup = top(12, 4, I).withReserved(8);
        assertEquals(24, sup.end());
        FieldLayouts.Placed sub = place(sup, 12, 4, I);
        assertEquals(28, sub.end());
        assertEquals(32, sub.instanceSize(8));
    }
}
