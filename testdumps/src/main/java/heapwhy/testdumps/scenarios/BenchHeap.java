package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark heap: a realistic order book of {@value #ORDERS} orders, about 26 million live objects,
 * dumped once (live, plain) to {@code bench.hprof} with {@code bench.histo.txt}. Run with {@code -Xmx4g}.
 *
 * <p>Command line: {@code <outDir> [series]}. With {@code series}, the heap instead grows through two leaks and is
 * dumped {@value #SERIES_STEPS} times to {@code bench-<k>.hprof} with {@code bench-<k>.histo.txt}: from a base of
 * {@value #SERIES_BASE_ORDERS} orders, each step adds {@value #SERIES_ORDERS_PER_STEP} orders to the same order
 * book and {@value #SERIES_EVENTS_PER_STEP} small {@link AuditRecord}s to {@link AuditLog#RECORDS}, then takes
 * snapshot {@code k}. Run with {@code -Xmx6g}.
 */
public final class BenchHeap {
    static final int ORDERS = 2_200_000;
    static final int CUSTOMERS = 100_000;
    static final int SKUS = 10_000;
    /** The mode argument that makes a growing series of dumps instead of the one bench dump. */
    static final String SERIES = "series";
    static final int SERIES_STEPS = 3;
    static final int SERIES_BASE_ORDERS = 2_100_000;
    static final int SERIES_ORDERS_PER_STEP = 150_000;
    static final int SERIES_EVENTS_PER_STEP = 200_000;
    /** Reachable from a static root so the whole graph is live at dump time. */
    static final Map<String, Order> ORDER_BOOK = new HashMap<>(ORDERS * 2);

    private BenchHeap() {
    }

    /** A customer, shared by about 22 orders. */
    static final class Customer {
        final long id;
        final String name;
        final int tier;

        Customer(long id, String name, int tier) {
            this.id = id;
            this.name = name;
            this.tier = tier;
        }
    }

    /** One order line. */
    static final class Item {
        final String sku;
        final int quantity;
        final long priceCents;

        Item(String sku, int quantity, long priceCents) {
            this.sku = sku;
            this.quantity = quantity;
            this.priceCents = priceCents;
        }
    }

    /** An order: a key, its customer, four timestamps, three items and a note. */
    static final class Order {
        final long id;
        final String key;
        final Customer customer;
        final long[] timestamps;
        final List<Item> items;
        final String note;
        int status;

        Order(long id, String key, Customer customer, long[] timestamps, List<Item> items, String note) {
            this.id = id;
            this.key = key;
            this.customer = customer;
            this.timestamps = timestamps;
            this.items = items;
            this.note = note;
        }
    }

    /** The series' second leak; a class of its own so that the single bench dump never initialises it. */
    static final class AuditLog {
        static final List<AuditRecord> RECORDS = new ArrayList<>();

        private AuditLog() {
        }
    }

    /** A small audit record of the series: a long and an int, 24 bytes with compressed class pointers. */
    static final class AuditRecord {
        final long timestamp;
        final int action;

        AuditRecord(long timestamp, int action) {
            this.timestamp = timestamp;
            this.action = action;
        }
    }

    public static void main(String[] args) throws Exception {
        boolean series = args.length > 1 && args[1].equals(SERIES);
        String[] snapshotArgs = args;
        if (series) {
            List<String> rest = new ArrayList<>(List.of(args));
            rest.remove(1);
            snapshotArgs = rest.toArray(new String[0]);
        }
        Snapshots snapshots = new Snapshots("bench", snapshotArgs);
        snapshots.writeRunProperties();
        if (series) {
            series(snapshots);
        } else {
            single(snapshots);
        }
    }

    /** The one bench dump: {@value #ORDERS} orders, then {@code bench.hprof}. */
    private static void single(Snapshots snapshots) throws Exception {
        long t0 = System.nanoTime();
        Customer[] customers = customers();
        String[] skus = skus();
        addOrders(0, ORDERS, customers, skus);
        long built = System.nanoTime();
        System.out.printf("built %d orders in %d ms%n", ORDER_BOOK.size(), (built - t0) / 1_000_000);
        snapshots.take("bench");
        System.out.printf("histogram and dump in %d ms%n", (System.nanoTime() - built) / 1_000_000);
    }

    /** The series: a base order book, then per step more orders and audit records and {@code bench-<k>.hprof}. */
    private static void series(Snapshots snapshots) throws Exception {
        long t0 = System.nanoTime();
        Customer[] customers = customers();
        String[] skus = skus();
        addOrders(0, SERIES_BASE_ORDERS, customers, skus);
        System.out.printf("built the base of %d orders in %d ms%n", ORDER_BOOK.size(),
                (System.nanoTime() - t0) / 1_000_000);
        for (int step = 1; step <= SERIES_STEPS; step++) {
            long t1 = System.nanoTime();
            int first = SERIES_BASE_ORDERS + (step - 1) * SERIES_ORDERS_PER_STEP;
            addOrders(first, SERIES_ORDERS_PER_STEP, customers, skus);
            for (int i = 0; i < SERIES_EVENTS_PER_STEP; i++) {
                long n = (long) (step - 1) * SERIES_EVENTS_PER_STEP + i;
                AuditLog.RECORDS.add(new AuditRecord(1_700_000_000_000L + n * 100, (int) (n % 23)));
            }
            long built = System.nanoTime();
            System.out.printf("step %d: %d orders, %d audit records, grown in %d ms%n", step, ORDER_BOOK.size(),
                    AuditLog.RECORDS.size(), (built - t1) / 1_000_000);
            snapshots.take(step);
            System.out.printf("step %d: histogram and dump in %d ms%n", step, (System.nanoTime() - built) / 1_000_000);
        }
    }

    private static Customer[] customers() {
        Customer[] customers = new Customer[CUSTOMERS];
        for (int c = 0; c < CUSTOMERS; c++) {
            customers[c] = new Customer(c, "customer-" + c, c % 5);
        }
        return customers;
    }

    private static String[] skus() {
        String[] skus = new String[SKUS];
        for (int s = 0; s < SKUS; s++) {
            skus[s] = "SKU-" + (100_000 + s);
        }
        return skus;
    }

    /** Adds orders {@code first} to {@code first + count - 1} to {@link #ORDER_BOOK}. */
    private static void addOrders(int first, int count, Customer[] customers, String[] skus) {
        for (int i = first; i < first + count; i++) {
            String key = "ORD-" + (10_000_000 + i);
            long base = 1_700_000_000_000L + i * 1000L;
            List<Item> items = new ArrayList<>(3);
            for (int j = 0; j < 3; j++) {
                items.add(new Item(skus[(i * 7 + j * 13) % SKUS], 1 + (i + j) % 9, 199L + (i * 31L + j) % 50_000));
            }
            Customer customer = customers[(int) ((i * 2_654_435_761L) % CUSTOMERS)];
            Order order = new Order(i, key, customer, new long[] {base, base + 60_000, base + 3_600_000, 0L}, items,
                    "order " + i + " for " + customer.name);
            order.status = i % 4;
            ORDER_BOOK.put(key, order);
        }
    }
}
