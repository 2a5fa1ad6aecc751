package heapwhy.testdumps.scenarios;

/** A TWO_LEAKS cached image held by {@link ImageCache}: an id and the pixel array only it references. */
public final class Thumbnail {
    final long id;
    final byte[] pixels;

    Thumbnail(long id, byte[] pixels) {
        this.id = id;
        this.pixels = pixels;
    }
}
