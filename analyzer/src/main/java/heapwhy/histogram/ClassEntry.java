package heapwhy.histogram;

import heapwhy.classes.ClassNames;

/**
 * One class's line in a histogram.
 *
 * @param name class name in Java syntax ({@code java.lang.String}, {@code byte[]}, {@code java.lang.Object[][]})
 * @param loader the defining class loader, described as "ClassName@0xID", or {@code null} for the boot loader
 * @param nameIsShared whether another class in the same dump has this name (then {@link #displayName()} names the loader)
 * @param count number of instances
 * @param shallowBytes sum of the instances' shallow sizes as the JVM laid them out
 */
public record ClassEntry(String name, String loader, boolean nameIsShared, long count, long shallowBytes) {

    /** The name, with the loader appended where two loaders define classes of that name. */
    public String displayName() {
        return ClassNames.displayName(name, loader, nameIsShared);
    }

    /**
     * A key that stays the same between dumps of the same application: the name, and where the name is
     * shared, the loader's class (ids change between dumps).
     */
    public String typeKey() {
        if (!nameIsShared) {
            return name;
        }
        if (loader == null) {
            return name + " (boot loader)";
        }
        int at = loader.indexOf('@');
        return name + " (" + (at < 0 ? loader : loader.substring(0, at)) + ")";
    }
}
