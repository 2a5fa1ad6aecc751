package heapwhy.testdumps.scenarios.waste;

import heapwhy.testdumps.scenarios.waste.WasteExpectations.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * What the WASTE_GROWTH scenario plants in each of its {@value #STEPS} dumps, and what {@code heapwhy waste}
 * must find per owning field in dump {@code d} (1 to {@value #STEPS}): the table tests assert against and the
 * one {@link GrowingWaste} reads its counts from. Sizes follow from WASTE's {@link Layout}; the classes' fields
 * are listed in {@link WasteExpectations}.
 *
 * <p>Per step, {@link #INVOICES_PER_STEP} invoices each get their own copy of one of three currency values,
 * {@link #BASKETS_PER_STEP} baskets an empty {@code ArrayList(BASKET_CAPACITY)}, and the one meter
 * {@link #SAMPLES_PER_STEP} more boxed Longs (its list trimmed to its size). The {@link #REGIONS} regions and
 * their duplicate codes are made before the first dump and never change: waste that does not grow.
 */
public final class WasteGrowthExpectations {
    public static final int STEPS = 3;
    public static final int INVOICES_PER_STEP = 6_000;
    /** Lengths of the distinct {@code Invoice.currency} values, {@link #currencyValue(int)} (Latin-1). */
    public static final List<Integer> CURRENCY_LENGTHS = List.of(12, 16, 24);
    public static final int BASKETS_PER_STEP = 2_000;
    public static final int BASKET_CAPACITY = 4;
    public static final int SAMPLES_PER_STEP = 20_000;
    /** Sample i is {@code FIRST_SAMPLE + i}: outside Long's cache, every one a distinct value. */
    public static final long FIRST_SAMPLE = 5_000_000L;
    public static final int REGIONS = 3_000;
    /** Lengths of the distinct {@code Region.code} values, {@link #codeValue(int)}. */
    public static final List<Integer> CODE_LENGTHS = List.of(14, 20);

    private WasteGrowthExpectations() {
    }

    /**
     * What one owning field wastes in one dump.
     *
     * @param inspection as {@code heapwhy waste} names it
     * @param owner      the field, {@code Class.field}
     * @param objects    the wasted objects it holds (copies beyond the first, empty lists, boxes)
     * @param wastedBytes what they waste
     */
    public record Expectation(String inspection, String owner, long objects, long wastedBytes) {
    }

    /** The k-th distinct currency, of length {@code CURRENCY_LENGTHS.get(k)}, with a prefix no JDK string has. */
    public static String currencyValue(int k) {
        return value("growth:" + (char) ('a' + k) + ":", CURRENCY_LENGTHS.get(k), k);
    }

    /** The k-th distinct region code. */
    public static String codeValue(int k) {
        return value("steady:" + (char) ('a' + k) + ":", CODE_LENGTHS.get(k), k);
    }

    private static String value(String prefix, int length, int k) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = i < prefix.length() ? prefix.charAt(i) : (char) ('A' + (k + i) % 26);
        }
        return new String(c);
    }

    /**
     * Every planted owner's waste in dump {@code dump} (1 to STEPS), by the formulas of {@link WasteExpectations}:
     * <ul>
     * <li>{@code Invoice.currency}: C = dump * INVOICES_PER_STEP / 3 copies of each value, all but one waste,
     * {@code sum over k of (C - 1) * (string + byteArray(len_k))}.
     * <li>{@code Basket.items}: {@code dump * BASKETS_PER_STEP * (arrayList + referenceArray(BASKET_CAPACITY))}.
     * <li>{@code Meter.samples}: n = dump * SAMPLES_PER_STEP boxes in an Object[n] against a long[n],
     * {@code n * boxedLong + referenceArray(n) - longArray(n)}.
     * <li>{@code Region.code}: R = REGIONS / 2 copies of each value, the same in every dump.
     * </ul>
     */
    public static List<Expectation> in(Layout layout, int dump) {
        if (dump < 1 || dump > STEPS) {
            throw new IllegalArgumentException("dump " + dump + " of " + STEPS);
        }
        List<Expectation> all = new ArrayList<>();
        all.add(duplicates(layout, "Invoice.currency", CURRENCY_LENGTHS, dump * INVOICES_PER_STEP));
        long baskets = (long) dump * BASKETS_PER_STEP;
        all.add(new Expectation(WasteExpectations.EMPTY_COLLECTIONS, "Basket.items", baskets,
                baskets * (layout.arrayList() + layout.referenceArray(BASKET_CAPACITY))));
        long n = (long) dump * SAMPLES_PER_STEP;
        all.add(new Expectation(WasteExpectations.BOXED_NUMBERS, "Meter.samples", n,
                n * layout.boxedLong() + layout.referenceArray(n) - layout.array(8, n)));
        all.add(duplicates(layout, "Region.code", CODE_LENGTHS, REGIONS));
        return all;
    }

    /** The owner's expectation in dump {@code dump}. */
    public static Expectation of(Layout layout, String owner, int dump) {
        return in(layout, dump).stream().filter(e -> e.owner().equals(owner)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing planted in " + owner));
    }

    private static Expectation duplicates(Layout layout, String owner, List<Integer> lengths, int holders) {
        int copies = holders / lengths.size();
        long bytes = 0;
        for (int length : lengths) {
            bytes += (copies - 1) * (layout.string() + layout.array(1, length));
        }
        return new Expectation(WasteExpectations.DUPLICATE_STRINGS, owner, (long) (copies - 1) * lengths.size(),
                bytes);
    }
}
