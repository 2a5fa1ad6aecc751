package heapwhy.cli.demo;

import heapwhy.cli.Fixtures;
import heapwhy.cli.Run;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.histogram.ClassHistogram;
import heapwhy.testdumps.DumpSet;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static heapwhy.cli.Fixtures.entry;
import static heapwhy.cli.Fixtures.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoShowsTheDumpsTheHistogramTheGrowthWhatHoldsTheLeakTheWhyReportAndWhatToRunNext() throws IOException {
        Path demoDir = dir.resolve("my demo");
        java.nio.file.Files.createDirectories(demoDir);
        // the dumps are real (backrefs and why build their object graphs); their histograms are made up
        List<Path> real = heapwhy.testdumps.ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps();
        Path a = demoDir.resolve("static-cache-1.hprof");
        Path b = demoDir.resolve("static-cache-2.hprof");
        Path c = demoDir.resolve("static-cache-3.hprof");
        java.nio.file.Files.copy(real.get(0), a);
        java.nio.file.Files.copy(real.get(1), b);
        java.nio.file.Files.copy(real.get(2), c);
        Map<Path, ClassHistogram> histograms = Map.of(
                a, histogram(a, List.of(entry("MyCache$Entry", 1_000, 24_000), entry("byte[]", 10, 800))),
                b, histogram(b, List.of(entry("MyCache$Entry", 2_000, 48_000), entry("byte[]", 9, 700))),
                c, histogram(c, List.of(entry("MyCache$Entry", 3_000, 72_000), entry("byte[]", 11, 900))));
        Path[] askedDir = new Path[1];
        CommandEnvironment environment = Fixtures.environment(histograms).withScenarios((scenario, variant, where) -> {
            assertEquals(Scenario.STATIC_CACHE, scenario);
            assertEquals(Variant.DEFAULT, variant);
            askedDir[0] = where;
            return new DumpSet(scenario, variant, List.of(a, b, c), List.of(), "17.0.15");
        });
        Run run = Run.of(environment, "demo", "--dir", demoDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(demoDir.resolve("dumps"), askedDir[0], "the dumps in a folder of their own, the index beside it");
        String out = run.out();
        assertTrue(out.contains("Dumps (taken on Java 17.0.15):"), out);
        assertTrue(out.contains("C = " + c), out);
        assertTrue(out.contains("Dump: " + c), "histogram of the last dump: " + out);
        assertTrue(out.contains("Growth across 3 dumps"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("MyCache\\$Entry\\s+1,000\\s+2,000\\s+3,000\\s+\\+2,000.*")), out);
        String quoted = "'" + c + "'";
        assertTrue(out.contains("  ./heapwhy histogram " + quoted), out);
        assertTrue(out.contains("  ./heapwhy growth '" + a + "' '" + b + "' " + quoted), out);
        assertTrue(out.contains("static MyCache.ENTRIES → java.util.HashMap"), out);
        assertTrue(out.contains("The same as a picture: " + demoDir.resolve("what-holds-MyCache-Entry.svg")), out);
        assertTrue(java.nio.file.Files.size(demoDir.resolve("what-holds-MyCache-Entry.svg")) > 1000);
        assertTrue(out.contains("  ./heapwhy backrefs --class"), out);
        int histogramAt = out.indexOf("Dump: ");
        int growthAt = out.indexOf("Growth across");
        int whyAt = out.indexOf("What keeps");
        int reportAt = out.indexOf("Why the heap grows: 3 dumps");
        int nextAt = out.indexOf("Try these next");
        assertTrue(histogramAt < growthAt && growthAt < whyAt && whyAt < reportAt && reportAt < nextAt,
                "steps in order: " + out);
        assertTrue(out.contains("#1 MyCache$Entry piles up in static MyCache.ENTRIES (HashMap of ArrayList)"), out);
        assertTrue(out.contains("  ./heapwhy why --graph why.svg '" + a + "' '" + b + "' " + quoted), out);
        assertTrue(out.endsWith("  ./heapwhy demo waste" + System.lineSeparator()), "the other tour last: " + out);
    }

    @Test
    void wasteTourShowsTheLastDumpsWasteThenTheWasteThatGrowsAndWhatToRunNext() throws IOException {
        Path demoDir = dir.resolve("waste demo");
        java.nio.file.Files.createDirectories(demoDir);
        List<Path> real = heapwhy.testdumps.ScenarioDumps.produce(Scenario.WASTE_GROWTH, Variant.DEFAULT).dumps();
        List<Path> copies = new java.util.ArrayList<>();
        for (Path dump : real) {
            copies.add(java.nio.file.Files.copy(dump, demoDir.resolve(dump.getFileName())));
        }
        Path[] askedDir = new Path[1];
        CommandEnvironment environment = Fixtures.environment(Map.of()).withScenarios((scenario, variant, where) -> {
            assertEquals(Scenario.WASTE_GROWTH, scenario);
            assertEquals(Variant.DEFAULT, variant);
            askedDir[0] = where;
            return new DumpSet(scenario, variant, copies, List.of(), "17.0.15");
        });
        Run run = Run.of(environment, "demo", "waste", "--dir", demoDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(demoDir.resolve("dumps"), askedDir[0], "the dumps in a folder of their own, the index beside it");
        String out = run.out();
        assertTrue(out.contains("C = " + copies.get(2)), out);
        int lastDumpAt = out.indexOf("Waste in waste_growth-3.hprof: 7 kinds");
        int growthAt = out.indexOf("Waste growth: 3 dumps, oldest first");
        int nextAt = out.indexOf("Try these next on the same dumps:");
        assertTrue(0 < lastDumpAt && lastDumpAt < growthAt && growthAt < nextAt, "steps in order: " + out);
        String growth = out.substring(growthAt, nextAt);
        assertTrue(growth.contains("#1 Meter.samples: boxed numbers "), growth);
        assertTrue(growth.contains(" Invoice.currency: duplicate strings "), growth);
        assertTrue(growth.contains(" Basket.items: empty collections "), growth);
        assertTrue(out.substring(lastDumpAt, growthAt).contains("Region.code"), "wasted in the last dump");
        assertTrue(!growth.contains("Region.code"), "but not growing: " + growth);
        String quoted = "'" + copies.get(2) + "'";
        assertTrue(out.contains("  ./heapwhy waste " + quoted), out);
        assertTrue(out.contains("  ./heapwhy why '" + copies.get(0) + "' '" + copies.get(1) + "' " + quoted), out);
        assertTrue(out.endsWith("  ./heapwhy demo" + System.lineSeparator()), out);
    }

    @Test
    void aDumpsFolderHoldingOtherFilesIsLeftAloneWithAUsageError() throws IOException {
        Path demoDir = dir.resolve("mine");
        Path dumps = Files.createDirectories(demoDir.resolve("dumps"));
        Files.writeString(dumps.resolve("notes.txt"), "mine");
        Run run = Run.of(CommandEnvironment.real(), "demo", "--dir", demoDir.toString());
        assertEquals(heapwhy.cli.common.ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("refusing to replace " + dumps) && run.err().contains("choose another --dir"),
                run.err());
        assertEquals("mine", Files.readString(dumps.resolve("notes.txt")));
    }

    @Test
    void anUnknownTourIsAUsageError() {
        Run run = Run.of(Fixtures.environment(Map.of()), "demo", "zoo");
        assertEquals(heapwhy.cli.common.ExitCodes.USAGE, run.exitCode(), run.out());
        assertTrue(run.err().contains("leak, waste"), run.err());
    }

    @Test
    void demoDefaultsToTheCacheDirectoryInHome() {
        CommandEnvironment environment = CommandEnvironment.real();
        CommandEnvironment home = new CommandEnvironment(environment.histograms(), environment.scenarios(), environment.benchDumps(),
                () -> false, Path.of("/home/u"));
        assertEquals(Path.of("/home/u/.cache/heapwhy/demo"), home.cacheDir("demo"));
    }
}
