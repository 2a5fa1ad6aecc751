package heapwhy.gui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * The objects visited in the inspector, for Back and Forward as a browser has them: visiting a new object
 * forgets what was ahead. Keeps the last {@value #KEPT} objects behind.
 */
final class NavigationHistory {
    static final int KEPT = 1000;

    private final Deque<Integer> behind = new ArrayDeque<>();
    private final Deque<Integer> ahead = new ArrayDeque<>();
    private int current = -1;

    /** Makes {@code node} the current object; visiting the current one again changes nothing. */
    void visit(int node) {
        if (node == current) {
            return;
        }
        if (current >= 0) {
            behind.push(current);
            if (behind.size() > KEPT) {
                behind.removeLast();
            }
        }
        current = node;
        ahead.clear();
    }

    /** Steps back; the object to show, or empty at the start. */
    OptionalInt back() {
        if (behind.isEmpty()) {
            return OptionalInt.empty();
        }
        ahead.push(current);
        current = behind.pop();
        return OptionalInt.of(current);
    }

    /** Steps forward again; the object to show, or empty when nothing is ahead. */
    OptionalInt forward() {
        if (ahead.isEmpty()) {
            return OptionalInt.empty();
        }
        behind.push(current);
        current = ahead.pop();
        return OptionalInt.of(current);
    }

    boolean canGoBack() {
        return !behind.isEmpty();
    }

    boolean canGoForward() {
        return !ahead.isEmpty();
    }

    /** The current object, or -1. */
    int current() {
        return current;
    }

    /** Forgets everything: the objects belonged to another dump. */
    void clear() {
        behind.clear();
        ahead.clear();
        current = -1;
    }
}
