package heapwhy.sites;

/**
 * What {@link GrowthSites#find} reports.
 *
 * @param minBytes a site's retained bytes grow by at least this much from the first dump to the last
 * @param minObjects its objects grow by at least this many from the first dump to the last
 * @param limit at most this many sites, the biggest growth first
 * @param typesPerSite at most this many growing types told per site
 */
public record SiteQuery(long minBytes, long minObjects, int limit, int typesPerSite) {
    /** Growth below this is noise in any real program: a few buffers, a lazily made table. */
    public static final long DEFAULT_MIN_BYTES = 64 * 1024;
    public static final long DEFAULT_MIN_OBJECTS = 1;
    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_TYPES = 5;

    public SiteQuery {
        if (minBytes < 0 || minObjects < 0 || limit < 1 || typesPerSite < 0) {
            throw new IllegalArgumentException("minimums must not be negative and the limit at least 1");
        }
    }

    public static SiteQuery defaults() {
        return new SiteQuery(DEFAULT_MIN_BYTES, DEFAULT_MIN_OBJECTS, DEFAULT_LIMIT, DEFAULT_TYPES);
    }
}
