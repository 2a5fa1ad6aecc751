package heapwhy.testdumps.scenarios.zoo;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The deployed plugins. A redeploy loads the plugin again in a fresh class loader but never removes (nor
 * closes) the previous version, so every old instance keeps its class, its static cache and its loader.
 */
final class PluginRegistry {
    /** Plugin instances, typed Object because their classes belong to other loaders. */
    static final List<Object> PLUGINS = new ArrayList<>();
    private static int version;

    private PluginRegistry() {
    }

    /** Loads {@code className} from {@code code} in a new loader, starts it with a cache of that size. */
    static void redeploy(URL code, String className, int cacheBytes) throws ReflectiveOperationException {
        version++;
        URLClassLoader loader = new URLClassLoader("plugin-v" + version, new URL[] {code},
                ClassLoader.getPlatformClassLoader());
        IntConsumer plugin = (IntConsumer) loader.loadClass(className).getDeclaredConstructor().newInstance();
        plugin.accept(cacheBytes);
        PLUGINS.add(plugin);
    }
}
