package heapwhy.sites;

import java.util.List;

/**
 * A class whose objects grow under a site (the site's own class included).
 *
 * @param className the class
 * @param counts its objects under the site in each dump
 * @param bytes their shallow bytes in each dump
 */
public record SiteType(String className, List<Long> counts, List<Long> bytes) {
    public SiteType {
        counts = List.copyOf(counts);
        bytes = List.copyOf(bytes);
    }

    public long countGrowth() {
        return counts.get(counts.size() - 1) - counts.get(0);
    }

    public long bytesGrowth() {
        return bytes.get(bytes.size() - 1) - bytes.get(0);
    }
}
