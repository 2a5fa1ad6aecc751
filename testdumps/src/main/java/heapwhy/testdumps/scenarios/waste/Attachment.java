package heapwhy.testdumps.scenarios.waste;

/** WASTE: its {@code content} is a byte[] equal to a thousand others' (three contents of known lengths). */
final class Attachment {
    final byte[] content;

    Attachment(byte[] content) {
        this.content = content;
    }
}
