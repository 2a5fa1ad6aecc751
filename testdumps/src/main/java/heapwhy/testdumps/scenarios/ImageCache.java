package heapwhy.testdumps.scenarios;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The TWO_LEAKS leak that leads by bytes: a static map of {@link Thumbnail}s, each holding its own
 * {@value #PIXEL_BYTES}-byte pixel array, that only grows. Few objects, many bytes.
 */
public final class ImageCache {
    static final int PIXEL_BYTES = 8_192;
    static final Map<Long, Thumbnail> THUMBNAILS = new HashMap<>();

    private ImageCache() {
    }

    static void put(long id) {
        byte[] pixels = new byte[PIXEL_BYTES];
        Arrays.fill(pixels, (byte) id);
        THUMBNAILS.put(id, new Thumbnail(id, pixels));
    }
}
