/**
 * The heapwhy engine. Only the API packages listed in docs/architecture.md are exported; the internal ones
 * (the reader's input, layout rules, the path walk, classes, containers, dominators, the array store) may change.
 */
module heapwhy.analyzer {
    requires guru.nidi.graphviz;
    requires java.management;
    requires java.management.rmi;
    requires jdk.attach;
    requires jdk.management;

    exports heapwhy.graph;
    exports heapwhy.growth;
    exports heapwhy.histogram;
    exports heapwhy.hprof;
    exports heapwhy.inspect;
    exports heapwhy.layout;
    exports heapwhy.layout.fields;
    exports heapwhy.live;
    exports heapwhy.paths;
    exports heapwhy.render;
    exports heapwhy.report;
    exports heapwhy.report.dominators;
    exports heapwhy.report.growth;
    exports heapwhy.report.histogram;
    exports heapwhy.report.layout;
    exports heapwhy.report.live;
    exports heapwhy.report.paths;
    exports heapwhy.report.summary;
    exports heapwhy.report.suspects;
    exports heapwhy.report.top;
    exports heapwhy.report.waste;
    exports heapwhy.report.why;
    exports heapwhy.sites;
    exports heapwhy.summary;
    exports heapwhy.suspects;
    exports heapwhy.util;
    exports heapwhy.waste;
    exports heapwhy.waste.growth;
}
