package heapwhy.junit;

import heapwhy.graph.IndexOptions;
import heapwhy.live.OwnHeap;
import heapwhy.report.why.WhyText;
import heapwhy.sites.GrowthSites;
import heapwhy.sites.SiteQuery;
import heapwhy.sites.WhyReport;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs a {@link NoHeapGrowth} test's body in rounds, dumps the heap after each, and fails it on growth. */
public final class NoHeapGrowthExtension implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        NoHeapGrowth check = call.getExecutable().getAnnotation(NoHeapGrowth.class);
        if (check == null) {
            invocation.proceed();
            return;
        }
        if (check.warmups() < 1 || check.rounds() < 2 || check.maxGrowthBytes() < 0) {
            throw new ExtensionConfigurationException("@NoHeapGrowth needs warmups of 1 or more, rounds of 2 or "
                    + "more and maxGrowthBytes of 0 or more");
        }
        invocation.proceed();
        for (int w = 1; w < check.warmups(); w++) {
            run(call);
        }
        Path folder = Files.createTempDirectory("heapwhy-no-heap-growth-");
        List<Path> dumps = new ArrayList<>();
        dumps.add(dump(folder, 0));
        for (int r = 1; r <= check.rounds(); r++) {
            run(call);
            dumps.add(dump(folder, r));
        }
        WhyReport report = report(folder, dumps, check.maxGrowthBytes());
        if (report.sites().isEmpty()) {
            delete(folder);
            return;
        }
        throw new AssertionFailedError("The heap grew in each of " + check.rounds() + " rounds of "
                + call.getExecutable().getName() + " (dumps kept in " + folder + "):" + System.lineSeparator()
                + WhyText.format(report, dumps));
    }

    private static void run(ReflectiveInvocationContext<Method> call) throws Throwable {
        Method method = call.getExecutable();
        method.setAccessible(true);
        try {
            method.invoke(call.getTarget().orElse(null), call.getArguments().toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Path dump(Path folder, int round) throws IOException {
        Path file = folder.resolve("round-" + round + ".hprof");
        OwnHeap.dump(file);
        return file;
    }

    /** The why report of the rounds' dumps: places that grew every round by more than {@code maxGrowth} in all. */
    private static WhyReport report(Path folder, List<Path> dumps, long maxGrowth) throws IOException {
        return GrowthSites.ofDumps(dumps, IndexOptions.defaults().withIndexDir(folder.resolve("index")),
                new SiteQuery(Math.max(1, maxGrowth + 1), SiteQuery.DEFAULT_MIN_OBJECTS, SiteQuery.DEFAULT_LIMIT,
                        SiteQuery.DEFAULT_TYPES));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
