package heapwhy.gui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JavaFX image as a PNG through javax.imageio. JavaFX's own bridge (SwingFXUtils) lives in
 * javafx-swing, which heapwhy does not depend on; copying the ARGB pixels is all that bridge would do here.
 */
final class Png {
    private Png() {
    }

    static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK for " + file);
        }
    }

    /** How many different colours the PNG has, up to {@code enough}: a blank or failed snapshot has one. */
    static int colours(Path file, int enough) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight() && seen.size() < enough; y++) {
            for (int x = 0; x < image.getWidth() && seen.size() < enough; x++) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
