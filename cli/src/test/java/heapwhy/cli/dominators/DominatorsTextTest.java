package heapwhy.cli.dominators;

import heapwhy.cli.Run;
import heapwhy.cli.SmallHeaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole text of {@code dominators} on the registry heap of {@link SmallHeaps} (1,384 B reachable). The
 * Registry class retains its 56 B mirror, the list (24 B list, 32 B array, three items of 240 B: 776 B) and the
 * chain (72 B): 904 B. Ties (the 48 B mirrors) go in id order.
 */
class DominatorsTextTest {
    @TempDir
    Path tmp;

    private Run dominators(String... options) {
        SmallHeaps.Registry heap = SmallHeaps.registry(tmp.resolve("registry.hprof"), 3);
        String[] args = new String[options.length + 4];
        args[0] = "dominators";
        args[1] = "--index-dir";
        args[2] = tmp.resolve("index").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = heap.dump().toString();
        Run run = Run.of(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run;
    }

    /** Three levels below the roots: the items below the array are a level too deep. */
    @Test
    void theDefaultTreeShowsThreeLevelsByRetainedSize() {
        assertEquals("""
                Dominator tree, from the GC roots; % of the reachable heap, 1.4 KB (1,384 bytes):

                1.4 KB  100.00%  all reachable objects
                ├─ 904 B  65.32%  class com.example.Registry  0x15a0
                │  ├─ 776 B  56.07%  java.util.ArrayList  0x1530
                │  │  └─ 752 B  54.34%  java.lang.Object[]  0x1510
                │  └─ 72 B  5.20%  com.example.Node  0x1578
                │     └─ 48 B  3.47%  com.example.Node  0x1560
                ├─ 128 B  9.25%  class jdk.internal.misc.Unsafe  0x1670
                ├─ 48 B  3.47%  class java.lang.Object  0x1000
                ├─ 48 B  3.47%  class com.example.Item  0x1060
                ├─ 48 B  3.47%  class com.example.Node  0x10c0
                ├─ 48 B  3.47%  class java.util.ArrayList  0x1120
                ├─ 48 B  3.47%  class com.example.Other  0x1180
                ├─ 48 B  3.47%  class java.lang.Object[]  0x14b0
                ├─ 48 B  3.47%  class java.lang.Class  0x1610
                └─ 16 B  1.16%  com.example.Other  0x1590
                """, dominators().out());
    }

    /** From the array down, every object: each item retains its payload. */
    @Test
    void fromOneObjectDownToTheLeaves() {
        assertEquals("""
                Dominator tree, from one object; % of the reachable heap, 1.4 KB (1,384 bytes):

                752 B  54.34%  java.lang.Object[]  0x1510
                ├─ 240 B  17.34%  com.example.Item  0x12b8
                │  └─ 216 B  15.61%  byte[]  0x11e0
                ├─ 240 B  17.34%  com.example.Item  0x13a8
                │  └─ 216 B  15.61%  byte[]  0x12d0
                └─ 240 B  17.34%  com.example.Item  0x1498
                   └─ 216 B  15.61%  byte[]  0x13c0
                """, dominators("--id", "0x1510", "--depth", "5", "--min-percent", "0").out());
    }

    /** Past the third child, the other seven (six 48 B mirrors and the 16 B Other) are summed on one line. */
    @Test
    void childrenPastTheLimitAreSummedOnOneLine() {
        assertEquals("""
                Dominator tree, from the GC roots; % of the reachable heap, 1.4 KB (1,384 bytes):

                1.4 KB  100.00%  all reachable objects
                ├─ 904 B  65.32%  class com.example.Registry  0x15a0
                ├─ 128 B  9.25%  class jdk.internal.misc.Unsafe  0x1670
                ├─ 48 B  3.47%  class java.lang.Object  0x1000
                └─ … 7 more (304 B, 21.97%)
                """, dominators("--max-children", "3", "--depth", "1").out());
    }
}
