package heapwhy.testdumps.scenarios.waste;

import heapwhy.testdumps.scenarios.Snapshots;

/** WASTE_GROWTH: plants {@link GrowingWaste}'s steady waste, then per step adds its growing waste and snapshots. */
public final class WasteGrowthScenario {
    private WasteGrowthScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("waste_growth", args);
        snapshots.writeRunProperties();
        GrowingWaste.plantSteady();
        for (int step = 1; step <= WasteGrowthExpectations.STEPS; step++) {
            GrowingWaste.grow(step);
            GrowingWaste.check(step);
            snapshots.take(step);
        }
    }
}
