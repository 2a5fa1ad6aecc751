package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code pixels} is an int[16] equal in content to every other Tile's. */
final class Tile {
    final int[] pixels;

    Tile(int[] pixels) {
        this.pixels = pixels;
    }
}
