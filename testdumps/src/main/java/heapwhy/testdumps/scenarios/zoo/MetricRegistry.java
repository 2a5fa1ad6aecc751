package heapwhy.testdumps.scenarios.zoo;

import java.util.Map;
import java.util.TreeMap;

/**
 * Metrics by name, sorted for the export page. Names carry a per-request tag, so every request adds a metric
 * (unbounded cardinality).
 */
final class MetricRegistry {
    static final Map<String, Metric> METRICS = new TreeMap<>();

    private MetricRegistry() {
    }

    static void register(Metric metric) {
        METRICS.put(metric.name(), metric);
    }
}
