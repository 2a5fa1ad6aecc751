package heapwhy.sites;

import heapwhy.render.PathGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The growing sites as one picture: each site's path from its root, shared beginnings drawn once, ending in a
 * TARGET box that says how the site's objects and retained bytes grew.
 */
public final class SiteGraphs {
    private SiteGraphs() {
    }

    public static PathGraph of(WhyReport report) {
        List<PathGraph.Node> nodes = new ArrayList<>();
        List<PathGraph.Edge> edges = new ArrayList<>();
        Map<String, String> idByPrefix = new HashMap<>();
        int rank = 0;
        for (GrowthSite site : report.sites()) {
            rank++;
            String prefix = site.path().rootText();
            String id = idByPrefix.get(prefix);
            if (id == null) {
                id = "n" + nodes.size();
                idByPrefix.put(prefix, id);
                String detail = site.threads().size() > 1 ? "and " + (site.threads().size() - 1) + " more alike threads" : "";
                nodes.add(new PathGraph.Node(id, PathGraph.Kind.ROOT, site.path().rootText(), detail));
            }
            List<SiteStep> steps = site.path().steps();
            for (int i = 0; i < steps.size(); i++) {
                SiteStep step = steps.get(i);
                boolean last = i == steps.size() - 1;
                String key = prefix + "\u0000" + step.label() + "\u0000" + step.className();
                String next = last ? null : idByPrefix.get(key);
                if (next == null) {
                    next = "n" + nodes.size();
                    nodes.add(last ? new PathGraph.Node(next, PathGraph.Kind.TARGET, "#" + rank + " " + step.className(),
                            growth(site)) : new PathGraph.Node(next, PathGraph.Kind.OBJECT, step.className(), ""));
                    edges.add(new PathGraph.Edge(id, next, step.label()));
                    if (!last) {
                        idByPrefix.put(key, next);
                    }
                }
                prefix = key;
                id = next;
            }
        }
        String title = report.sites().isEmpty() ? "Nothing grows in every interval"
                : "What grows over " + report.dumps().size() + " dumps, and what holds it";
        return new PathGraph(title, nodes, edges);
    }

    /** "20,000 → 60,000 objects · +1.5 MB retained". */
    private static String growth(GrowthSite site) {
        return PathGraph.count(site.counts().get(0)) + " → " + PathGraph.count(site.counts().get(site.counts().size() - 1))
                + " objects · +" + PathGraph.bytes(site.retainedGrowth()) + " retained";
    }
}
