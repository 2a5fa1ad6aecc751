package heapwhy.cli.common;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of the commands that need a dump's object graph: which objects, and where its index is kept. */
public final class IndexChoice {
    @Option(names = "--keep-unreachable",
            description = "Keep the objects no GC root reaches, as extra roots, instead of leaving them out of the "
                    + "graph (they are garbage the JVM had not collected yet).")
    public boolean keepUnreachable;

    @Option(names = "--index-dir", paramLabel = "DIR",
            description = "Where the dump's index (object graph, dominator tree, retained sizes) is kept, so that "
                    + "the next command on the same dump starts at once. Default: ~/.cache/heapwhy/index. "
                    + "The index is never written beside the dump unless DIR says so.")
    Path indexDir;

    @Option(names = "--no-cache",
            description = "Build the index in a temporary folder: neither reuse a saved index nor keep this one.")
    boolean noCache;
}
