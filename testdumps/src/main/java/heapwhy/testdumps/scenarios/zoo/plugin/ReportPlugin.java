package heapwhy.testdumps.scenarios.zoo.plugin;

import java.util.function.IntConsumer;

/**
 * A report plugin of LEAK_ZOO, loaded by a class loader of its own on every redeploy. It sees only the JDK
 * (its loader's parent is the platform loader), so the host drives it through {@link IntConsumer}:
 * {@code accept(n)} warms its template cache to {@code n} bytes. The cache is static, so it lives as long as
 * this class, and so as long as its class loader.
 */
public final class ReportPlugin implements IntConsumer {
    /** Compiled report templates, shared by every instance of this class. */
    private static byte[] templates = new byte[0];

    /** For the host, which creates the plugin reflectively. */
    public ReportPlugin() {
    }

    @Override
    public void accept(int cacheBytes) {
        templates = new byte[cacheBytes];
    }
}
