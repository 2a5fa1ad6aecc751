package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark heap: a realistic order book of {@value #ORDERS} orders, about 26 million live objects,
 * dumped once (live, plain) to {@code bench.hprof} with {@code bench.histo.txt}. Run with {@code -Xmx4g}.
 */
public final class BenchHeap {
    static final int ORDERS = 2_200_000;
    static final int CUSTOMERS = 100_000;
    static final int SKUS = 10_000;
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

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("bench", args);
        snapshots.writeRunProperties();
        long t0 = System.nanoTime();
        Customer[] customers = new Customer[CUSTOMERS];
        for (int c = 0; c < CUSTOMERS; c++) {
            customers[c] = new Customer(c, "customer-" + c, c % 5);
        }
        String[] skus = new String[SKUS];
        for (int s = 0; s < SKUS; s++) {
            skus[s] = "SKU-" + (100_000 + s);
        }
        for (int i = 0; i < ORDERS; i++) {
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
        long built = System.nanoTime();
        System.out.printf("built %d orders in %d ms%n", ORDER_BOOK.size(), (built - t0) / 1_000_000);
        snapshots.take("bench");
        System.out.printf("histogram and dump in %d ms%n", (System.nanoTime() - built) / 1_000_000);
    }
}
