package heapwhy.cli.demo;

import java.io.IOException;

/** One step of {@code heapwhy demo}: says in a sentence what it shows, then shows it. */
@FunctionalInterface
interface DemoStep {
    void run(DemoContext context) throws IOException;
}
