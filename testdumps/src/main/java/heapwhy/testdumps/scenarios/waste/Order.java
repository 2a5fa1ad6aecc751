package heapwhy.testdumps.scenarios.waste;

import java.util.ArrayList;
import java.util.HashMap;

/** WASTE: its {@code lines} is an empty ArrayList(10); its {@code attributes} an empty HashMap (or, for some, null). */
final class Order {
    final ArrayList<Object> lines;
    final HashMap<Object, Object> attributes;

    Order(ArrayList<Object> lines, HashMap<Object, Object> attributes) {
        this.lines = lines;
        this.attributes = attributes;
    }
}
