package heapwhy.testdumps.scenarios.steps;

import heapwhy.testdumps.scenarios.Snapshots;

/** COLLECTION_STEPS: fills {@link Holder}'s containers and makes {@link Empties}', then takes one snapshot. */
public final class CollectionSteps {
    private CollectionSteps() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("collection_steps", args);
        snapshots.writeRunProperties();
        if (Holder.size() != 1) {
            throw new IllegalStateException("Holder's containers were not filled");
        }
        if (Empties.DRAINED.size() != Empties.MAKERS.size()) {
            throw new IllegalStateException("Empties' containers were not made");
        }
        snapshots.take(1);
    }
}
