package heapwhy.gui;

import heapwhy.gui.dominators.DominatorItem;
import heapwhy.gui.dominators.DominatorRow;
import heapwhy.inspect.ObjectDetails;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer on a big dump, headless: opens it, brings the Dominators tab to the front, opens the largest
 * object and inspects it, and prints how long each took and the longest the FX thread went without drawing a
 * frame. Figures, not a timed test: it runs only when asked for, e.g. on the benchmark dump
 * <pre>
 * mvn -q -B test -pl testdumps,analyzer,gui -Dtest=BigDumpResponsivenessCheck -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dheapwhy.bigdump=/path/bench.hprof [-Dheapwhy.bigdump.index=DIR] [-Dgui.test.heap=-Xmx4g]
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "heapwhy.bigdump", matches = ".+")
class BigDumpResponsivenessCheck {
    private Explorer explorer;
    private final AtomicLong longestFrameGapNanos = new AtomicLong();
    private AnimationTimer frames;

    @Start
    void start(Stage stage) {
        Path index = Path.of(System.getProperty("heapwhy.bigdump.index",
                System.getProperty("user.home") + "/.cache/heapwhy/index"));
        explorer = new Explorer(stage, new GuiSettings(index, index.resolve("recent-check.txt")));
        stage.show();
        frames = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    longestFrameGapNanos.accumulateAndGet(now - last, Math::max);
                }
                last = now;
            }
        };
        frames.start();
    }

    @AfterEach
    void close() throws Exception {
        UserSteps.idle(explorer);
        WaitForAsyncUtils.asyncFx(() -> {
            frames.stop();
            try {
                explorer.closeAll();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void dominatorsAndInspectorOnABigDump(FxRobot robot) throws Exception {
        Path dump = Path.of(System.getProperty("heapwhy.bigdump"));
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> explorer.open(dump)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.MINUTES, () -> explorer.dumps().size() == 1);
        long opened = System.nanoTime();
        long openGap = longestFrameGapNanos.getAndSet(0);

        UserSteps.idle(explorer);
        long settledGap = longestFrameGapNanos.getAndSet(0);
        robot.clickOn("Dominators");
        TreeTableView<DominatorRow> tree = robot.lookup("#dominators").queryAs(TreeTableView.class);
        DominatorItem top = (DominatorItem) GuiSteps.onFx(tree::getRoot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, () -> GuiSteps.onFx(top::fetched));
        long topShown = System.nanoTime();
        long topGap = longestFrameGapNanos.getAndSet(0);
        int topRows = GuiSteps.onFx(() -> top.getChildren().size());
        int topChildren = explorer.dumps().get(0).index().dominatorTree().topLevel().length;

        TreeItem<DominatorRow> first = GuiSteps.onFx(() -> top.getChildren().get(0));
        long e0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> first.setExpanded(true)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, () -> GuiSteps.onFx(((DominatorItem) first)::fetched));
        long expanded = System.nanoTime();
        long expandGap = longestFrameGapNanos.getAndSet(0);

        int node = first.getValue().node();
        long i0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> explorer.navigator().inspect(explorer.dumps().get(0), node)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES,
                () -> GuiSteps.label(robot, "#inspector-header").startsWith(first.getValue().label()));
        long inspected = System.nanoTime();
        UserSteps.idle(explorer);
        long inspectGap = longestFrameGapNanos.get();

        System.out.printf("big dump %s: %,d objects%n", dump, explorer.dumps().get(0).index().nodeCount());
        System.out.printf("  open (index %s): %.1f s; longest frame gap %.0f ms, then showing it %.0f ms%n",
                explorer.dumps().get(0).index().fromCache() ? "from cache" : "built", (opened - t0) / 1e9,
                openGap / 1e6, settledGap / 1e6);
        System.out.printf("  dominators top level: %.2f s (%,d objects under the GC roots, %,d rows shown); "
                + "longest frame gap %.0f ms%n", (topShown - opened) / 1e9, topChildren, topRows, topGap / 1e6);
        System.out.printf("  opening the largest object: %.2f s; longest frame gap %.0f ms%n", (expanded - e0) / 1e9,
                expandGap / 1e6);
        System.out.printf("  inspecting it: %.2f s; longest frame gap %.0f ms%n", (inspected - i0) / 1e9,
                inspectGap / 1e6);

        assertEquals(Math.min(topChildren, 100) + (topChildren > 100 ? 1 : 0), topRows);
        assertEquals(explorer.dumps().get(0).index().dominatorTree().topLevel()[0], node);
        assertTrue(first.getChildren().size() > 0);
    }
}
