package heapwhy.testdumps.scenarios.zoo;

/** A rendered invoice: its number and the PDF bytes. */
record Invoice(String number, long customerId, byte[] pdf) {
}
