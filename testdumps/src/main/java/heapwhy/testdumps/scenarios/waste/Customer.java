package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code country} is one of ten values, each object with its own copy (String and byte[]). */
final class Customer {
    final String country;

    Customer(String country) {
        this.country = country;
    }
}
