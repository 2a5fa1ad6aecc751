package heapwhy.sites;

import heapwhy.graph.HeapIndex;
import heapwhy.hprof.ProgressListener;
import heapwhy.paths.Chain;
import heapwhy.paths.Paths;
import heapwhy.paths.Step;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private GrowthSites() {
    }

    /**
     * Finds the growing sites of dumps of one program, oldest first (at least two); {@code names} label them.
     * Each dump's signatures take about 14 bytes per object while they are made, one dump at a time.
     */
    public static WhyReport find(List<HeapIndex> dumps, List<String> names, SiteQuery query) throws IOException {
        return find(dumps, names, query, ProgressListener.NONE);
    }

    /** The same, telling {@code progress} how many objects of all dumps (each counted twice) are done. */
    public static WhyReport find(List<HeapIndex> dumps, List<String> names, SiteQuery query,
                                 ProgressListener progress) throws IOException {
        if (dumps.size() < 2 || names.size() != dumps.size()) {
            throw new IllegalArgumentException("growth needs at least two dumps, each with a name");
        }
        Merged merged = new Merged(dumps.size());
        SiteSignatures.Computed last = null;
        long total = 0;
        for (HeapIndex index : dumps) {
            total += 2L * index.nodeCount();
        }
        long before = 0;
        for (int d = 0; d < dumps.size(); d++) {
            last = SiteSignatures.compute(dumps.get(d), progress, before, total);
            before += 2L * dumps.get(d).nodeCount();
            merged.add(d, last.table(), d == dumps.size() - 1);
        }
        List<Integer> found = merged.sites(query);
        List<GrowthSite> sites = new ArrayList<>();
        HeapIndex newest = dumps.get(dumps.size() - 1);
        for (int g : found.subList(0, Math.min(query.limit(), found.size()))) {
            sites.add(merged.site(g, newest, last, query));
        }
        List<Long> heap = new ArrayList<>();
        for (HeapIndex index : dumps) {
            heap.add(index.graphBytes());
        }
        return new WhyReport(names, heap, query, sites, found.size() - sites.size());
    }

    /** The signatures of all dumps, matched by what identifies them. */
    private static final class Merged {
        private final int dumps;
        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();

        Merged(int dumps) {
            this.dumps = dumps;
        }

        private static final class Node {
            final int parent;
            final String className;
            final long[] count;
            final long[] shallow;
            final long[] retained;
            final List<Integer> children = new ArrayList<>();
            final Set<String> threads = new TreeSet<>();
            int example = -1;

            Node(int parent, String className, int dumps) {
                this.parent = parent;
                this.className = className;
                count = new long[dumps];
                shallow = new long[dumps];
                retained = new long[dumps];
            }
        }

        void add(int d, SiteTable table, boolean newest) {
            int[] global = new int[table.size()];
            for (int s = 0; s < table.size(); s++) {
                int parent = table.parent(s) < 0 ? -1 : global[table.parent(s)];
                String key = parent < 0 ? "\u0001" + table.rootKey(s)
                        : parent + "\u0000" + table.label(s) + "\u0000" + table.className(s);
                Integer g = byKey.get(key);
                if (g == null) {
                    g = nodes.size();
                    byKey.put(key, g);
                    nodes.add(new Node(parent, table.className(s), dumps));
                    if (parent >= 0) {
                        nodes.get(parent).children.add(g);
                    }
                }
                global[s] = g;
                Node node = nodes.get(g);
                node.count[d] += table.count(s);
                node.shallow[d] += table.shallow(s);
                node.retained[d] += table.retained(s);
                if (newest) {
                    node.example = table.example(s);
                    node.threads.addAll(table.threads(s));
                }
            }
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

        private boolean passes(Node node, SiteQuery query) {
            for (int d = 1; d < dumps; d++) {
                if (node.count[d] <= node.count[d - 1]) {
                    return false;
                }
            }
            return growth(node.count) >= query.minObjects() && growth(node.retained) >= query.minBytes()
                    && node.example >= 0;
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
            Chain chain = Paths.siteChain(newest, last.paths(), node.example);
            List<SiteStep> steps = new ArrayList<>();
            for (Step step : chain.steps()) {
                steps.add(new SiteStep(step.label(), newest.describe(step.node())));
            }
            Set<String> threads = new TreeSet<>();
            for (int a = g; a >= 0; a = nodes.get(a).parent) {
                threads.addAll(nodes.get(a).threads);
            }
            return new GrowthSite(node.className, list(node.count), list(node.retained), types(g, query),
                    new SitePath(chain.rootText(), steps), new ArrayList<>(threads));
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
                if (growth(sums[0]) > 0) {
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
