package heapwhy.sites;

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
 * @param holder what holds the site, for a headline: the field (or static, thread, stack frame) that holds the
 *               collection the objects pile up in, with the collection's kind: "static InvoiceCache.ENTRIES
 *               (HashMap)", "static Reports.POOL → workQueue (LinkedBlockingQueue of a ThreadPoolExecutor)",
 *               "the ThreadLocal RequestContext.CURRENT of 3 threads (…)"
 */
public record GrowthSite(String className, List<Long> counts, List<Long> retained, List<SiteType> types,
                         SitePath path, List<String> threads, String holder) {
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
}
