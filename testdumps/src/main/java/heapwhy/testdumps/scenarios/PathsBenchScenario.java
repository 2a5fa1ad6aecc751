package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PATHS_BENCH: a heap of about 1.2 million live objects in which exactly {@value #TARGETS} {@link Target}s are
 * held through three structures: {@value #IN_MAP} as values of the static {@code HashMap<String, Target>}
 * {@link #BY_KEY}, {@value #IN_LIST} in the static {@code ArrayList<Target>} {@link #LIST}, and {@value #IN_HOLDERS}
 * each inside a {@link Holder} kept in the static {@code ConcurrentHashMap<Integer, Holder>} {@link #HOLDERS}.
 * The rest is filler reachable from {@link #FILLER}: {@value #FILLER_SIZE} slots, two in five an {@code int[]},
 * the others a String. One dump, {@code paths_bench-1}; run with {@code -Xmx512m}.
 */
public final class PathsBenchScenario {
    static final int IN_MAP = 60_000;
    static final int IN_LIST = 30_000;
    static final int IN_HOLDERS = 10_000;
    static final int TARGETS = IN_MAP + IN_LIST + IN_HOLDERS;
    static final int FILLER_SIZE = 550_000;
    static final Map<String, Target> BY_KEY = new HashMap<>();
    static final List<Target> LIST = new ArrayList<>();
    static final Map<Integer, Holder> HOLDERS = new ConcurrentHashMap<>();
    static final Object[] FILLER = new Object[FILLER_SIZE];

    private PathsBenchScenario() {
    }

    public static void main(String[] args) throws Exception {
        Snapshots snapshots = new Snapshots("paths_bench", args);
        snapshots.writeRunProperties();
        long t0 = System.nanoTime();
        int id = 0;
        for (int i = 0; i < IN_MAP; i++, id++) {
            BY_KEY.put("target-" + id, new Target(id));
        }
        for (int i = 0; i < IN_LIST; i++, id++) {
            LIST.add(new Target(id));
        }
        for (int i = 0; i < IN_HOLDERS; i++, id++) {
            HOLDERS.put(1_000 + i, new Holder(new Target(id), "holder-" + i));
        }
        for (int i = 0; i < FILLER_SIZE; i++) {
            FILLER[i] = i % 5 < 2 ? new int[i % 8] : "filler-" + i;
        }
        System.out.printf("built in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        snapshots.take(1);
    }
}
