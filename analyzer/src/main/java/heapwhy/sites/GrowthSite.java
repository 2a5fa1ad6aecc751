package heapwhy.sites;

import heapwhy.classes.ClassNames;
import java.util.List;

/**
 * A place in the object graph whose objects grow in every interval: the objects that the same path from a GC
 * root reaches in each dump.
 *
 * @param className the class of the objects that pile up there
 * @param counts how many there are in each dump
 * @param retained what they retain in each dump (bytes freed if they all went away)
 * @param types the classes that grow under the site, the most growth in bytes first
 * @param path the path to the site in the last dump
 * @param threads for a site held by threads: the names of the alike threads that hold it (their paths are one
 *                site), else empty
 */
public record GrowthSite(String className, List<Long> counts, List<Long> retained, List<SiteType> types,
                         SitePath path, List<String> threads) {
    public GrowthSite {
        counts = List.copyOf(counts);
        retained = List.copyOf(retained);
        types = List.copyOf(types);
        threads = List.copyOf(threads);
    }

    public long countGrowth() {
        return counts.get(counts.size() - 1) - counts.get(0);
    }

    public long retainedGrowth() {
        return retained.get(retained.size() - 1) - retained.get(0);
    }

    /**
     * What holds the site, for a headline: the last field or static on the path before its collection steps
     * ("static MyCache.ENTRIES (java.util.HashMap)", "EventBus.listeners (java.util.ArrayList)"), the ThreadLocal
     * map of the holding thread, or the root itself when the path has neither.
     */
    public String holder() {
        List<SiteStep> steps = path.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            SiteStep step = steps.get(i);
            if (!step.throughCollection() && !step.label().startsWith("<")) {
                String owner = i == 0 ? ownerOfRoot() : ClassNames.simpleName(steps.get(i - 1).className());
                String field = step.label().startsWith("static ") ? step.label()
                        : owner == null ? step.label() : owner + "." + step.label();
                return field + " (" + step.className() + ")";
            }
            if (step.throughThreadLocal()) {
                int space = step.label().indexOf(' ');
                String variable = space < 0 ? "" : " " + step.label().substring(space + 1);
                return "the ThreadLocal" + variable + " of " + rootThreads();
            }
        }
        return path.rootText();
    }

    private String ownerOfRoot() {
        String root = path.rootText();
        int paren = root.lastIndexOf('(');
        if (root.startsWith("thread ") && paren > 0) {
            return ClassNames.simpleName(root.substring(paren + 1, root.length() - 1));
        }
        return null;
    }

    private String rootThreads() {
        if (threads.isEmpty()) {
            return path.rootText();
        }
        String first = "thread \"" + threads.get(0) + "\"";
        return threads.size() == 1 ? first
                : threads.size() + " threads (\"" + String.join("\", \"", threads) + "\")";
    }
}
