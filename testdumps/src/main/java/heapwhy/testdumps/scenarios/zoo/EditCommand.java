package heapwhy.testdumps.scenarios.zoo;

/** One undoable edit, with the content it replaced. */
record EditCommand(long sequence, byte[] before) {
}
