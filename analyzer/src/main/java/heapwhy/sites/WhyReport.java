package heapwhy.sites;

import java.util.List;

/**
 * What {@link GrowthSites#find} found.
 *
 * @param dumps the dumps' names, oldest first
 * @param heapBytes the reachable heap of each dump
 * @param query what was asked
 * @param sites the growing sites, the most retained-size growth first; at most query.limit()
 * @param moreSites how many more sites passed the minimums than are listed
 * @param warnings what may make the answer less sharp: dumps that look unrelated, fields that cannot be read
 */
public record WhyReport(List<String> dumps, List<Long> heapBytes, SiteQuery query, List<GrowthSite> sites,
                        int moreSites, List<String> warnings) {
    public WhyReport {
        dumps = List.copyOf(dumps);
        heapBytes = List.copyOf(heapBytes);
        sites = List.copyOf(sites);
        warnings = List.copyOf(warnings);
    }
}
