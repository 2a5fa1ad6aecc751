package heapwhy.testdumps.scenarios.waste;

/** WASTE_GROWTH: its {@code code} is one of two values, each region with its own copy; made once, never more. */
final class Region {
    final String code;

    Region(String code) {
        this.code = code;
    }
}
