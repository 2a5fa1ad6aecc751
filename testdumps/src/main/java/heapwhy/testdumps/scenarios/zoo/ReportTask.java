package heapwhy.testdumps.scenarios.zoo;

/** A report to render, with the data it renders. */
record ReportTask(long id, byte[] data) implements Runnable {
    @Override
    public void run() {
        Reports.print(data.length);
    }
}
