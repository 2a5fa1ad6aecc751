package heapwhy.testdumps.scenarios.waste;

/** WASTE_GROWTH: its {@code currency} is one of three values, each invoice with its own copy (String and byte[]). */
final class Invoice {
    final String currency;

    Invoice(String currency) {
        this.currency = currency;
    }
}
