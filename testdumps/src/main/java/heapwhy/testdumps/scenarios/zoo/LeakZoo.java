package heapwhy.testdumps.scenarios.zoo;

import heapwhy.testdumps.scenarios.Churn;
import heapwhy.testdumps.scenarios.Snapshots;
import java.net.URL;

/**
 * LEAK_ZOO: one JVM running every leak of {@link ZooLeaks} at once, beside bounded look-alikes and churn,
 * with a snapshot after each of {@value ZooLeaks#STEPS} steps. Before each snapshot every zoo thread is
 * parked, so the application objects in each dump are the same on every run.
 */
public final class LeakZoo {
    private LeakZoo() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("leak_zoo", args);
        snapshots.writeRunProperties();
        URL pluginCode = LeakZoo.class.getProtectionDomain().getCodeSource().getLocation();
        Reports.start();
        Outbox.start();
        Workload workload = new Workload(pluginCode, IngestWorker.start(), new WorkerPool());
        Lookalikes lookalikes = new Lookalikes();
        lookalikes.fill();
        for (int step = 1; step <= ZooLeaks.STEPS; step++) {
            workload.grow(step);
            lookalikes.churn();
            Churn.run(300_000);
            lookalikes.settle();
            ZooThreads.awaitParked();
            snapshots.take(step);
        }
    }
}
