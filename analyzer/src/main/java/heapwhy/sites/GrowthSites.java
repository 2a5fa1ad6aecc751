package heapwhy.sites;

import heapwhy.collections.ClassOrigin;
import heapwhy.collections.Containers;
import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.Compression;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.Chain;
import heapwhy.paths.ShortestChains;
import heapwhy.paths.Step;
import heapwhy.paths.walk.RootText;
import heapwhy.paths.walk.ShortestPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the heap grows: the places in the object graph whose objects grow from dump to dump. Objects move and
 * change ids between dumps, so places are matched by the signature of their shortest path from a GC root
 * ({@link SiteSignatures}); a signature whose objects grow in every interval (from first to second when there
 * are two dumps) is growing, and the growing signatures with no growing signature above them are the sites:
 * the highest place where the growth is, not each of the places it continues through. With three or more
 * dumps, a cache that fills once or a table made lazily grows in one interval only and is not a site.
 */
public final class GrowthSites {
    /** Below this share of the newest dump's objects at places the oldest has, the dumps look unrelated. */
    private static final double SAME_PROGRAM_SHARE = 0.5;
    /** How far under a place to look for what piles up in it (map → node → value reference → value…). */
    private static final int LEAKED_TYPE_DEPTH = 6;
    /** What piles up holds at least this share of the place's retained growth (a key is not the leak). */
    private static final double LEAKED_TYPE_SHARE = 0.25;

    private final SiteQuery query;
    private final int dumpCount;
    private final Merged merged;
    private final List<String> names = new ArrayList<>();
    private final List<Long> heapBytes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private HeapIndex newest;
    private SiteSignatures.Computed newestSignatures;

    /**
     * Starts a comparison of {@code dumpCount} dumps (at least two) of one program, to be added oldest first.
     * Only one dump at a time needs to be open: a dump's signatures take about 14 bytes per object while they
     * are made, and a few dozen bytes per signature after.
     */
    public GrowthSites(SiteQuery query, int dumpCount) {
        if (dumpCount < 2) {
            throw new IllegalArgumentException("growth needs at least two dumps, not " + dumpCount);
        }
        this.query = query;
        this.dumpCount = dumpCount;
        this.merged = new Merged(dumpCount);
    }

    /**
     * Adds the next dump; {@code progress} hears (objects passed, 2 × objects) over its two passes. The index
     * may be closed after, except the last one, which {@link #report} reads example paths from.
     */
    public void add(HeapIndex index, String name, ProgressListener progress) throws IOException {
        int d = names.size();
        if (d == dumpCount) {
            throw new IllegalStateException("all " + dumpCount + " dumps were added already");
        }
        SiteSignatures.Computed computed = SiteSignatures.compute(index, progress);
        boolean last = d == dumpCount - 1;
        if (index.facts().info().compression() == Compression.GZIP) {
            warnings.add(name + " is a gzip stream without random access (not one written by jcmd GC.heap_dump -gz): "
                    + "its fields cannot be read, so places are told apart by class alone; gunzip it for field names");
        }
        double shared = merged.add(d, computed.table(), last);
        if (last && shared < SAME_PROGRAM_SHARE) {
            warnings.add(String.format(Locale.ROOT, "only %.0f %% of the objects of %s are at places that %s has too: "
                    + "are these dumps of one program, oldest first?", shared * 100, name, names.get(0)));
        }
        names.add(name);
        heapBytes.add(index.graphBytes());
        if (last) {
            newest = index;
            newestSignatures = computed;
        }
    }

    /** The report, once every dump was added; reads the newest dump's index, which must still be open. */
    public WhyReport report() throws IOException {
        if (names.size() != dumpCount) {
            throw new IllegalStateException(names.size() + " of " + dumpCount + " dumps were added");
        }
        List<Integer> found = merged.withoutKeptByOthers(merged.sites(query), newest, newestSignatures.signatures());
        List<GrowthSite> sites = new ArrayList<>();
        for (int g : found.subList(0, Math.min(query.limit(), found.size()))) {
            sites.add(merged.site(g, newest, newestSignatures, query));
        }
        return new WhyReport(names, heapBytes, query, sites, found.size() - sites.size(), warnings);
    }

    /** The growing sites of open dumps of one program, oldest first; {@code names} label them. */
    public static WhyReport find(List<HeapIndex> dumps, List<String> names, SiteQuery query) throws IOException {
        if (names.size() != dumps.size()) {
            throw new IllegalArgumentException("each dump needs a name");
        }
        GrowthSites growth = new GrowthSites(query, dumps.size());
        for (int d = 0; d < dumps.size(); d++) {
            growth.add(dumps.get(d), names.get(d), ProgressListener.NONE);
        }
        return growth.report();
    }

    /**
     * The growing sites of dump files of one program, oldest first, each named by its path: one index open at a
     * time (its signatures taken, it is closed; the newest stays open until the report is made).
     */
    public static WhyReport ofDumps(List<Path> dumps, IndexOptions options, SiteQuery query) throws IOException {
        if (dumps.isEmpty()) {
            throw new IllegalArgumentException("no dumps");
        }
        GrowthSites growth = new GrowthSites(query, dumps.size());
        for (int d = 0; ; d++) {
            try (HeapIndex index = HeapIndex.open(dumps.get(d), options, ProgressListener.NONE)) {
                growth.add(index, dumps.get(d).toString(), ProgressListener.NONE);
                if (d == dumps.size() - 1) {
                    return growth.report();
                }
            }
        }
    }

    /** The signatures of all dumps, matched by what identifies them. */
    private static final class Merged {
        private final int dumps;
        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();
        /** The newest dump's signatures as merged nodes. */
        private int[] newestGlobal;

        Merged(int dumps) {
            this.dumps = dumps;
        }

        private static final class Node {
            final int parent;
            final int firstDump;
            final String label;
            final String className;
            final long[] count;
            final long[] shallow;
            final long[] retained;
            final List<Integer> children = new ArrayList<>();
            final Set<String> threads = new TreeSet<>();
            int example = -1;

            Node(int parent, String label, String className, int dumps, int firstDump) {
                this.parent = parent;
                this.firstDump = firstDump;
                this.label = label;
                this.className = className;
                count = new long[dumps];
                shallow = new long[dumps];
                retained = new long[dumps];
            }
        }

        /** Adds a dump's signatures; returns the share of its objects at places that the first dump has too. */
        double add(int d, SiteTable table, boolean newest) {
            int[] global = new int[table.size()];
            long objects = 0;
            long atOldPlaces = 0;
            for (int s = 0; s < table.size(); s++) {
                int parent = table.parent(s) < 0 ? -1 : global[table.parent(s)];
                String key = parent < 0 ? "\u0001" + table.rootKey(s)
                        : parent + "\u0000" + table.label(s) + "\u0000" + table.className(s);
                Integer g = byKey.get(key);
                if (g == null) {
                    g = nodes.size();
                    byKey.put(key, g);
                    nodes.add(new Node(parent, table.label(s), table.className(s), dumps, d));
                    if (parent >= 0) {
                        nodes.get(parent).children.add(g);
                    }
                }
                global[s] = g;
                Node node = nodes.get(g);
                objects += table.count(s);
                if (node.firstDump == 0) {
                    atOldPlaces += table.count(s);
                }
                node.count[d] += table.count(s);
                node.shallow[d] += table.shallow(s);
                node.retained[d] += table.retained(s);
                if (newest) {
                    node.example = table.example(s);
                    node.threads.addAll(table.threads(s));
                }
            }
            if (newest) {
                newestGlobal = global;
            }
            return objects == 0 ? 1 : (double) atOldPlaces / objects;
        }

        /** The sites, the most retained growth first. */
        List<Integer> sites(SiteQuery query) {
            boolean[] passes = new boolean[nodes.size()];
            for (int g = 0; g < nodes.size(); g++) {
                passes[g] = passes(nodes.get(g), query);
            }
            List<Integer> sites = new ArrayList<>();
            for (int g = 0; g < nodes.size(); g++) {
                if (passes[g] && !ancestorPasses(g, passes)) {
                    sites.add(g);
                }
            }
            sites.sort(Comparator.comparingLong((Integer g) -> -growth(nodes.get(g).retained))
                    .thenComparingLong(g -> -growth(nodes.get(g).count)).thenComparing(g -> nodes.get(g).className));
            return sites;
        }

        /**
         * The sites without those whose objects another site, ranked before, keeps alive: the classes of a
         * class-loader leak grow with the loaders that one list keeps, but the list is the place to fix.
         * Told by the dominator tree of the newest dump, from each site's example object up.
         */
        List<Integer> withoutKeptByOthers(List<Integer> sites, HeapIndex newest, int[] signatures) {
            java.util.Set<Integer> before = new java.util.HashSet<>();
            List<Integer> kept = new ArrayList<>();
            for (int g : sites) {
                if (!keptBy(nodes.get(g).example, before, newest, signatures)) {
                    kept.add(g);
                }
                before.add(g);
            }
            return kept;
        }

        private boolean keptBy(int example, java.util.Set<Integer> sites, HeapIndex newest, int[] signatures) {
            if (example < 0 || sites.isEmpty()) {
                return false;
            }
            for (int d = newest.immediateDominator(example); d >= 0; d = newest.immediateDominator(d)) {
                int sig = signatures[d];
                for (int a = sig < 0 ? -1 : newestGlobal[sig]; a >= 0; a = nodes.get(a).parent) {
                    if (sites.contains(a)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean passes(Node node, SiteQuery query) {
            long[] count = objects(node);
            for (int d = 1; d < dumps; d++) {
                if (count[d] <= count[d - 1]) {
                    return false;
                }
            }
            return growth(count) >= query.minObjects() && growth(node.retained) >= query.minBytes()
                    && node.example >= 0;
        }

        /**
         * A place's objects in each dump; for a container's insides, with what they hold: an array-based
         * container's insides are one array however much it holds.
         */
        private long[] objects(Node node) {
            if (!isInsides(node)) {
                return node.count;
            }
            long[] sum = node.count.clone();
            for (int child : node.children) {
                for (int d = 0; d < dumps; d++) {
                    sum[d] += nodes.get(child).count[d];
                }
            }
            return sum;
        }

        private static boolean isInsides(Node node) {
            return SiteSignatures.INSIDES.equals(node.label);
        }

        private boolean ancestorPasses(int g, boolean[] passes) {
            for (int a = nodes.get(g).parent; a >= 0; a = nodes.get(a).parent) {
                if (passes[a]) {
                    return true;
                }
            }
            return false;
        }

        private long growth(long[] series) {
            return series[dumps - 1] - series[0];
        }

        GrowthSite site(int g, HeapIndex newest, SiteSignatures.Computed last, SiteQuery query) throws IOException {
            Node node = nodes.get(g);
            Node shown = nodes.get(leaked(g));
            ShortestPaths paths = last.paths();
            int[] nodesOnPath = paths.shownChain(newest, shown.example);
            Chain chain = ShortestChains.siteChain(newest, paths.rootOf(nodesOnPath[0]),
                    new RootText(newest).of(paths, nodesOnPath[0]), nodesOnPath);
            List<SiteStep> steps = new ArrayList<>();
            for (Step step : chain.steps()) {
                steps.add(new SiteStep(step.label(), newest.describe(step.node())));
            }
            Set<String> threads = new TreeSet<>();
            for (int a = g; a >= 0; a = nodes.get(a).parent) {
                threads.addAll(nodes.get(a).threads);
            }
            List<String> threadList = new ArrayList<>(threads);
            String holder = new SiteHolder(newest).of(chain, threadList);
            return new GrowthSite(shown.className, list(shown.count), list(node.retained), types(g, query),
                    new SitePath(chain.rootText(), steps), threadList, holder);
        }

        /**
         * What piles up at a place, as people name it: the first object under it (breadth first) of an
         * application class that grows and holds a good share of the place's growth, else of a library's, else
         * of the JDK's but none of a container's insides. A map's nodes, a cache's entries and value references
         * are how things are held, not what piles up: the counts and bytes stay the place's.
         */
        private int leaked(int g) {
            long share = (long) (growth(nodes.get(g).retained) * LEAKED_TYPE_SHARE);
            List<Integer> level = List.of(g);
            int library = -1;
            int jdk = -1;
            int lambda = -1;
            for (int depth = 0; depth <= LEAKED_TYPE_DEPTH && !level.isEmpty(); depth++) {
                int application = -1;
                // a library's or the JDK's class is taken from the shallowest level that has one
                boolean libraryOpen = library < 0;
                boolean jdkOpen = jdk < 0;
                List<Integer> next = new ArrayList<>();
                for (int candidate : level) {
                    Node n = nodes.get(candidate);
                    next.addAll(n.children);
                    if (growth(n.count) <= 0 || n.example < 0 || growth(n.retained) < share || isInsides(n)) {
                        continue;
                    }
                    ClassOrigin origin = ClassOrigin.of(n.className);
                    if (origin == ClassOrigin.APPLICATION && isLambda(n.className)) {
                        lambda = lambda < 0 ? candidate : lambda;
                    } else if (origin == ClassOrigin.APPLICATION) {
                        application = bigger(application, candidate);
                    } else if (!Containers.isInsideAny(n.className) && !n.className.equals("java.lang.Object[]")) {
                        if (origin == ClassOrigin.LIBRARY && libraryOpen) {
                            library = bigger(library, candidate);
                        } else if (origin == ClassOrigin.JDK && jdkOpen) {
                            jdk = bigger(jdk, candidate);
                        }
                    }
                }
                if (application >= 0) {
                    return application;
                }
                level = next;
            }
            if (lambda >= 0) {
                return lambda;
            }
            if (library >= 0) {
                return library;
            }
            return jdk >= 0 ? jdk : g;
        }

        /** A lambda's class: what it captures tells more than its generated name. */
        private static boolean isLambda(String className) {
            return className.contains("$$Lambda");
        }

        private int bigger(int a, int b) {
            return a < 0 || growth(nodes.get(b).retained) > growth(nodes.get(a).retained) ? b : a;
        }

        /** The classes under the site whose objects grow, by shallow bytes gained. */
        private List<SiteType> types(int g, SiteQuery query) {
            Map<String, long[][]> byClass = new LinkedHashMap<>();
            List<Integer> pending = new ArrayList<>(List.of(g));
            while (!pending.isEmpty()) {
                Node node = nodes.get(pending.remove(pending.size() - 1));
                long[][] sums = byClass.computeIfAbsent(node.className, k -> new long[2][dumps]);
                for (int d = 0; d < dumps; d++) {
                    sums[0][d] += node.count[d];
                    sums[1][d] += node.shallow[d];
                }
                pending.addAll(node.children);
            }
            List<SiteType> types = new ArrayList<>();
            byClass.forEach((name, sums) -> {
                if (growth(sums[0]) > 0 && !name.equals(SiteSignatures.INSIDES)) {
                    types.add(new SiteType(name, list(sums[0]), list(sums[1])));
                }
            });
            types.sort(Comparator.comparingLong((SiteType t) -> -t.bytesGrowth()).thenComparing(SiteType::className));
            return types.subList(0, Math.min(query.typesPerSite(), types.size()));
        }

        private static List<Long> list(long[] values) {
            List<Long> list = new ArrayList<>(values.length);
            for (long v : values) {
                list.add(v);
            }
            return list;
        }
    }
}
