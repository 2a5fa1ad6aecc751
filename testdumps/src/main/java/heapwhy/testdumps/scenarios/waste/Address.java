package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code city} is an equal String of its own that shares one value array with every other Address's. */
final class Address {
    final String city;

    Address(String city) {
        this.city = city;
    }
}
