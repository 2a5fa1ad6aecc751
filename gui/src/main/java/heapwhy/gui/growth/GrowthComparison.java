package heapwhy.gui.growth;

import heapwhy.growth.GrowthQuery;
import heapwhy.growth.GrowthReport;
import heapwhy.growth.TypeGrowth;
import heapwhy.gui.OpenedDump;
import heapwhy.histogram.ClassHistogram;
import heapwhy.histogram.Histograms;
import heapwhy.hprof.ProgressListener;
import heapwhy.sites.GrowthSites;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What grows across open dumps of one program, oldest first, as {@code heapwhy growth} and {@code heapwhy why}
 * answer it with their defaults: the types whose count grew (in every interval with three or more dumps) and
 * the places in the object graph that keep accumulating objects.
 *
 * @param dumps the dumps compared, oldest first
 * @param types the growing types, the most instances gained first
 * @param monotonic whether a type had to grow in every interval to be listed
 * @param places the growing places, the most retained growth first
 * @param warnings what the histogram reader and the place matcher noticed, one line each
 */
record GrowthComparison(List<OpenedDump> dumps, List<TypeGrowth> types, boolean monotonic, WhyReport places,
                        List<String> warnings) {
    GrowthComparison {
        dumps = List.copyOf(dumps);
        types = List.copyOf(types);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads each dump's histogram (a streaming pass over the file), then each dump's places (a walk over its
     * open index); off the FX thread, as it takes seconds to minutes.
     */
    static GrowthComparison of(List<OpenedDump> dumps, ProgressListener progress) throws IOException {
        int n = dumps.size();
        PhasedProgress passes = new PhasedProgress(progress, 2 * n);
        List<String> warnings = new ArrayList<>();
        List<ClassHistogram> histograms = new ArrayList<>();
        for (OpenedDump dump : dumps) {
            ClassHistogram histogram = Histograms.read(dump.path(), passes.next());
            histogram.warnings().forEach(w -> warnings.add(dump.name() + ": " + w));
            histograms.add(histogram);
        }
        GrowthQuery query = GrowthQuery.defaults(n);
        List<TypeGrowth> types = GrowthReport.compare(histograms).select(query);
        GrowthSites sites = new GrowthSites(SiteQuery.defaults(), n);
        for (OpenedDump dump : dumps) {
            sites.add(dump.index(), dump.name(), passes.next());
        }
        WhyReport places = sites.report();
        warnings.addAll(places.warnings());
        return new GrowthComparison(dumps, types, query.monotonic(), places, warnings);
    }

    OpenedDump newest() {
        return dumps.get(dumps.size() - 1);
    }
}
