package shop;

import heapwhy.junit.LimitAllocations;
import heapwhy.junit.NoHeapGrowth;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Passes: formatting keeps nothing and allocates little. */
class PriceFormatterTest {
    @Test
    @NoHeapGrowth
    void formatsPrices() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals("12.34 EUR", PriceFormatter.format(1234));
        }
    }

    @Test
    @LimitAllocations("50 MB")
    void formatsPricesCheaply() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals("0.05 EUR", PriceFormatter.format(5));
        }
    }
}
