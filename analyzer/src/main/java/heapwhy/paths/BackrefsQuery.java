package heapwhy.paths;

/**
 * What to explain: every instance of a class (with its subclasses if asked) or one object, and the limits.
 *
 * @param className targets: instances of this class (Java syntax), or null when {@code node} names the target
 * @param node the one target object, or -1
 * @param subclasses include instances of subclasses of className
 * @param includeWeak follow the referents of weak, soft, phantom and final references too
 * @param maxPaths consider at most this many targets (in dump order)
 * @param depth show at most this many steps of a path; longer paths are cut before the target
 * @param tooMany show at most this many children of a tree node; the rest become one "N more" node
 * @param byKey merge paths only where their steps are the same to the key ({@code map["a"]} and {@code map["b"]}
 *              stay two branches); by default they merge by shape ({@code map[…]})
 */
public record BackrefsQuery(String className, int node, boolean subclasses, boolean includeWeak, int maxPaths,
                            int depth, int tooMany, boolean byKey) {
    public static final int DEFAULT_MAX_PATHS = 1_000_000;
    public static final int DEFAULT_DEPTH = 30;
    public static final int DEFAULT_TOO_MANY = 20;

    public BackrefsQuery {
        if ((className == null) == (node < 0)) {
            throw new IllegalArgumentException("either a class name or a node");
        }
        if (maxPaths < 1 || depth < 1 || tooMany < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }

    public static BackrefsQuery ofClass(String className) {
        return new BackrefsQuery(className, -1, false, false, DEFAULT_MAX_PATHS, DEFAULT_DEPTH, DEFAULT_TOO_MANY, false);
    }

    public static BackrefsQuery ofNode(int node) {
        return new BackrefsQuery(null, node, false, false, DEFAULT_MAX_PATHS, DEFAULT_DEPTH, DEFAULT_TOO_MANY, false);
    }

    public BackrefsQuery withSubclasses(boolean value) {
        return new BackrefsQuery(className, node, value, includeWeak, maxPaths, depth, tooMany, byKey);
    }

    public BackrefsQuery withIncludeWeak(boolean value) {
        return new BackrefsQuery(className, node, subclasses, value, maxPaths, depth, tooMany, byKey);
    }

    public BackrefsQuery withLimits(int maxPaths, int depth, int tooMany) {
        return new BackrefsQuery(className, node, subclasses, includeWeak, maxPaths, depth, tooMany, byKey);
    }

    public BackrefsQuery withByKey(boolean value) {
        return new BackrefsQuery(className, node, subclasses, includeWeak, maxPaths, depth, tooMany, value);
    }
}
