package heapwhy.sites;

import java.util.List;

/**
 * The path from a GC root (or a class) to a site, taken from one of its objects in the last dump.
 *
 * @param rootText the root spelled out as {@code backrefs} does: "class com.acme.MyCache (loaded by …)",
 *                 "thread \"pool-1\" (java.lang.Thread)"
 * @param steps the steps from the root's object to the site's objects; the last step reaches the site's class
 */
public record SitePath(String rootText, List<SiteStep> steps) {
    public SitePath {
        steps = List.copyOf(steps);
    }
}
