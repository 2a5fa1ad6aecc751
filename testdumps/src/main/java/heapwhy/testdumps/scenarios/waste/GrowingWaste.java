package heapwhy.testdumps.scenarios.waste;

import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.BASKETS_PER_STEP;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.BASKET_CAPACITY;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.CODE_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.CURRENCY_LENGTHS;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.FIRST_SAMPLE;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.INVOICES_PER_STEP;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.REGIONS;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.SAMPLES_PER_STEP;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.codeValue;
import static heapwhy.testdumps.scenarios.waste.WasteGrowthExpectations.currencyValue;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * WASTE_GROWTH's heap: waste that grows by a known amount per step (invoices' duplicate currencies, baskets'
 * empty lists, a meter's boxed samples) beside waste made once (regions' duplicate codes). The holders' arrays
 * are exactly as long as what they hold, so that no mostly-null array adds waste of its own; every value is
 * built at run time from characters, never from a literal.
 */
final class GrowingWaste {
    static Invoice[] invoices = new Invoice[0];
    static Basket[] baskets = new Basket[0];
    static Meter meter = new Meter(new ArrayList<>());
    static Region[] regions;

    private GrowingWaste() {
    }

    static void plantSteady() {
        regions = new Region[REGIONS];
        for (int i = 0; i < REGIONS; i++) {
            regions[i] = new Region(new String(codeValue(i % CODE_LENGTHS.size()).toCharArray()));
        }
    }

    /** Adds step {@code step}'s invoices, baskets and samples. */
    static void grow(int step) {
        int before = invoices.length;
        invoices = Arrays.copyOf(invoices, before + INVOICES_PER_STEP);
        for (int i = before; i < invoices.length; i++) {
            // a String of its own with a byte[] of its own: toCharArray() is a fresh copy, compressed anew
            invoices[i] = new Invoice(new String(currencyValue(i % CURRENCY_LENGTHS.size()).toCharArray()));
        }
        before = baskets.length;
        baskets = Arrays.copyOf(baskets, before + BASKETS_PER_STEP);
        for (int i = before; i < baskets.length; i++) {
            baskets[i] = new Basket(new ArrayList<>(BASKET_CAPACITY));
        }
        long first = FIRST_SAMPLE + (long) (step - 1) * SAMPLES_PER_STEP;
        for (int i = 0; i < SAMPLES_PER_STEP; i++) {
            meter.samples.add(first + i);
        }
        meter.samples.trimToSize(); // its array as long as what it holds, so the boxes' figure is exact
    }

    /** Fails the run if the JDK does not do what the expectations assume of it. */
    static void check(int step) {
        if (invoices[0].currency == invoices[CURRENCY_LENGTHS.size()].currency) {
            throw new IllegalStateException("two invoices share one currency String");
        }
        if (meter.samples.size() != step * SAMPLES_PER_STEP) {
            throw new IllegalStateException("samples: " + meter.samples.size());
        }
    }
}
