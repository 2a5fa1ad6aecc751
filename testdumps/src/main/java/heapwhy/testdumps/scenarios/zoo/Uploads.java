package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * Uploads in progress, each registering a completion callback. The callbacks were meant to run and be cleared
 * at shutdown; until then each lambda keeps the upload it captured.
 */
final class Uploads {
    static final List<Runnable> ON_COMPLETE = new ArrayList<>();
    private static volatile long releasedBytes;

    private Uploads() {
    }

    static void begin(PendingUpload upload) {
        ON_COMPLETE.add(() -> upload.release());
    }

    static void released(int bytes) {
        releasedBytes += bytes;
    }
}
