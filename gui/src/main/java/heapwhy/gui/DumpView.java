package heapwhy.gui;

import javafx.scene.Node;

/** One tab of the explorer: what it shows of the current dump. */
interface DumpView {
    /** The tab's title. */
    String title();

    /** The tab's content, made once. */
    Node node();

    /** Shows this dump (null: none is open); called on the FX thread whenever the current dump changes. */
    void show(OpenedDump dump);
}
