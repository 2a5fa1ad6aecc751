package heapwhy.gui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jobs off the FX thread: in order, results and errors back on the FX thread, Cancel stops a job. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> results = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void cancelStopsAJobAtItsNextProgressReportAndTheNextJobStillRuns() throws Exception {
        Background background = new Background(errors::add);
        CountDownLatch started = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            background.run("Endless", progress -> {
                started.countDown();
                for (long i = 0; ; i++) {
                    progress.progress(i, Long.MAX_VALUE);
                    Thread.sleep(1);
                }
            }, r -> results.add("endless ended"));
            background.run("Next", progress -> "next", results::add);
        }).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> background.busyProperty().get()).get());
        background.cancel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Endless: cancelled"), errors);
        assertEquals(List.of("next"), results);
        assertFalse(WaitForAsyncUtils.asyncFx(() -> background.busyProperty().get()).get());
        background.shutdown();
    }

    @Test
    void aFailingJobGivesOneLineWithItsTitleAndResultsComeBackOnTheFxThread() throws Exception {
        Background background = new Background(errors::add);
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            background.run("Broken", progress -> {
                throw new java.io.IOException("dump.hprof: truncated at byte 42");
            }, r -> results.add("broken ended"));
            background.run("Fine", progress -> javafx.application.Platform.isFxApplicationThread(), r -> {
                onFx.add(javafx.application.Platform.isFxApplicationThread());
                onFx.add(r);
            });
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx.size() == 2);
        assertEquals(List.of("Broken: dump.hprof: truncated at byte 42"), errors);
        assertEquals(List.of(true, false), onFx, "the result is handed over on the FX thread, the work ran off it");
        background.shutdown();
    }
}
