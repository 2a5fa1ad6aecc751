package heapwhy.testdumps.scenarios;

import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * WEAK_HOLDER: {@value #WEAKLY} {@link WeaklyHeld} objects reachable only through the {@link WeakReference}s in
 * {@link #REFS}, {@value #SOFTLY} {@link SoftlyHeld} only through the {@link SoftReference}s in {@link #SOFT_REFS},
 * and, as a control, {@value #STRONGLY} {@link StronglyHeld} in the static field {@link StrongHolder#HELD}; each
 * of them has a {@code byte[24]} payload. One dump, {@code weak_holder-1}.
 *
 * <p>Why {@code -all}: a live dump (and a live histogram) starts with a full GC, which clears every weak
 * reference whose referent is only weakly reachable, so the WeaklyHeld objects could never be in it. This program
 * therefore always takes its histogram and dump with {@code -all} (it adds {@code --all} to its options, so the
 * ALL_OBJECTS variant is the same as DEFAULT), and no GC runs after the strong references are dropped:
 * <ol>
 *   <li>everything is made while a static array pins the referents strongly;</li>
 *   <li>{@code System.gc()} runs while they are pinned: it empties the young generation (little garbage is left
 *       to disturb the histogram) and moves the referents to old regions, where a young GC, should one happen
 *       anyway, would not clear their references;</li>
 *   <li>the pin is dropped, then histogram and dump are taken, with no preparation;</li>
 *   <li>afterwards the program checks that no reference was cleared, and fails otherwise.</li>
 * </ol>
 * Soft references would survive a live dump too (memory is plentiful), but their referents are kept the same way,
 * so the test does not depend on the soft reference clearing policy. Like any {@code -all} pair, the dump also
 * holds the little garbage that taking the histogram made (JDK classes only); application classes match exactly.
 */
public final class WeakHolderScenario {
    static final int WEAKLY = 300;
    static final int SOFTLY = 200;
    static final int STRONGLY = 100;
    static final List<WeakReference<WeaklyHeld>> REFS = new ArrayList<>(WEAKLY);
    static final List<SoftReference<SoftlyHeld>> SOFT_REFS = new ArrayList<>(SOFTLY);
    /** Strong references to the referents until just before the snapshot; null in the dump. */
    private static Object[] pinned;

    private WeakHolderScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("weak_holder", withAll(args));
        snapshots.writeRunProperties();
        snapshots.warmUpAttach();
        for (int i = 0; i < STRONGLY; i++) {
            StrongHolder.HELD[i] = new StronglyHeld(i);
        }
        pinned = makeReferents();
        System.gc();
        pinned = null;
        snapshots.take("weak_holder-1");
        int weak = uncleared(REFS);
        int soft = uncleared(SOFT_REFS);
        if (weak != WEAKLY || soft != SOFTLY) {
            throw new IllegalStateException("references were cleared before the dump: " + weak + " of " + WEAKLY
                    + " weak and " + soft + " of " + SOFTLY + " soft referents left");
        }
    }

    /** Makes the referents and their references; returns the only strong references to the referents. */
    private static Object[] makeReferents() {
        Object[] strong = new Object[WEAKLY + SOFTLY];
        for (int i = 0; i < WEAKLY; i++) {
            WeaklyHeld w = new WeaklyHeld(i);
            strong[i] = w;
            REFS.add(new WeakReference<>(w));
        }
        for (int i = 0; i < SOFTLY; i++) {
            SoftlyHeld s = new SoftlyHeld(i);
            strong[WEAKLY + i] = s;
            SOFT_REFS.add(new SoftReference<>(s));
        }
        return strong;
    }

    private static int uncleared(List<? extends Reference<?>> refs) {
        int n = 0;
        for (Reference<?> r : refs) {
            if (!r.refersTo(null)) {
                n++;
            }
        }
        return n;
    }

    private static String[] withAll(String[] args) {
        if (Arrays.asList(args).contains("--all")) {
            return args;
        }
        String[] a = Arrays.copyOf(args, args.length + 1);
        a[args.length] = "--all";
        return a;
    }
}
