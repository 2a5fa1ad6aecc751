package heapwhy.testdumps.scenarios.zoo;

/** A payment the provider rejected, with the request to send again. */
record FailedPayment(long paymentId, byte[] request) {
}
