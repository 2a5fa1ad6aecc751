package heapwhy.testdumps.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short-lived garbage between steps, so that leaks must be told apart from allocation noise. Public for the
 * scenarios in sub-packages.
 */
public final class Churn {
    /** Keeps the JIT from removing the churn. */
    static volatile long checksum;

    /** A small short-lived object; never reachable at snapshot time. */
    static final class Garbage {
        final int value;
        final Garbage next;

        Garbage(int value, Garbage next) {
            this.value = value;
            this.next = next;
        }
    }

    private Churn() {
    }

    /** Allocates about {@code 4 * rounds} short-lived objects of JDK and application types. */
    public static void run(int rounds) {
        long sum = 0;
        Garbage chain = null;
        for (int i = 0; i < rounds; i++) {
            chain = (i % 64 == 0) ? null : new Garbage(i, chain);
            String s = "req-" + i;
            sum += s.length() + (chain == null ? 0 : chain.value);
            if (i % 1000 == 0) {
                Map<String, Integer> m = new HashMap<>();
                List<Integer> l = new ArrayList<>();
                for (int j = 0; j < 100; j++) {
                    m.put("k" + j, j + 1000);
                    l.add(j + 1000);
                }
                sum += m.size() + l.size();
            }
        }
        checksum += sum;
    }
}
