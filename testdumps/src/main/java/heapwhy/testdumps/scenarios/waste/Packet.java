package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code body} is a zero-length byte[] of its own. */
final class Packet {
    final byte[] body;

    Packet(byte[] body) {
        this.body = body;
    }
}
