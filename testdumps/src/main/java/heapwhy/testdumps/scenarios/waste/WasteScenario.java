package heapwhy.testdumps.scenarios.waste;

import heapwhy.testdumps.scenarios.Snapshots;

/** WASTE: plants {@link PlantedWaste}, then takes one snapshot (histogram, then dump). */
public final class WasteScenario {
    private WasteScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("waste", args);
        snapshots.writeRunProperties();
        PlantedWaste.plant();
        PlantedWaste.check();
        snapshots.take(1);
    }
}
