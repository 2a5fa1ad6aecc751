package heapwhy.gui;

/**
 * When a view asks its slow question (leak suspects, waste): once per dump, and only while the view is in
 * front, so that a tab never looked at costs nothing. The view says how it clears itself and how it asks; the
 * question counts as asked once the view says so (it may refuse, as on a bad threshold).
 */
public final class AskWhenInFront {
    private final Runnable clear;
    private final Runnable ask;
    private OpenedDump dump;
    private boolean inFront;
    /** Whether the answer shown (or on its way) is the current dump's. */
    private boolean asked;

    public AskWhenInFront(Runnable clear, Runnable ask) {
        this.clear = clear;
        this.ask = ask;
    }

    /** The dump the view shows, null when none is open. */
    public OpenedDump dump() {
        return dump;
    }

    /** The view now shows {@code dump}: another dump than before clears it, and is asked about if in front. */
    public void show(OpenedDump dump) {
        if (dump != this.dump) {
            this.dump = dump;
            asked = false;
            clear.run();
            askIfInFront();
        }
    }

    public void front(boolean inFront) {
        this.inFront = inFront;
        askIfInFront();
    }

    /** The current dump's question is asked: its answer is shown or on its way. */
    public void asked() {
        asked = true;
    }

    private void askIfInFront() {
        if (inFront && dump != null && !asked) {
            ask.run();
        }
    }
}
