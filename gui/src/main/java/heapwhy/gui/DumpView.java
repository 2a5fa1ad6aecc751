package heapwhy.gui;

import javafx.scene.Node;

/** One tab of the explorer: what it shows of the current dump. */
public interface DumpView {
    /** The tab's title. */
    String title();

    /** The tab's content, made once. */
    Node node();

    /** Shows this dump (null: none is open); called on the FX thread whenever the current dump changes. */
    void show(OpenedDump dump);

    /**
     * Told on the FX thread when its tab comes to the front or leaves it: a view whose first answer costs engine
     * time can wait until it is looked at, rather than make every dump's opening pay for it.
     */
    default void front(boolean inFront) {
    }
}
