package heapwhy.cli.demo;

import heapwhy.cli.common.OpenIndex;
import heapwhy.cli.common.TerminalProgress;
import heapwhy.cli.common.UnreadableDumpException;
import heapwhy.cli.waste.WasteCommand;
import heapwhy.report.ShellWords;
import heapwhy.report.waste.WasteGrowthText;
import heapwhy.report.waste.WasteText;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.Variant;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.growth.WasteGrowthQuery;
import heapwhy.waste.growth.WasteGrowthReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The steps of {@code heapwhy demo waste}: a program that wastes more and more memory, and what waste says. */
final class WasteTour {
    /** Owners and examples per finding on the last dump: enough to see the planted ones lead. */
    static final int TOP = 3;

    private WasteTour() {
    }

    static List<DemoStep> steps() {
        return List.of(WasteTour::produceDumps, WasteTour::wasteOfLastDump, WasteTour::wasteThatGrows,
                WasteTour::nextCommands);
    }

    /** Runs the WASTE_GROWTH scenario (or reuses its dumps) and lists the dumps. */
    static void produceDumps(DemoContext context) throws IOException {
        context.say("Running a small Java program that wastes memory as it works: every invoice gets its own copy "
                + "of one of three currency names, every basket an empty ArrayList, and a meter keeps its samples "
                + "as boxed Longs in a list; a set of regions, made once at the start, holds duplicate codes too. "
                + "Its heap is dumped three times as it runs (the dumps are reused from " + context.dumpsDir()
                + " on later runs).");
        DemoSteps.listDumps(context, context.environment().scenarios().produce(Scenario.WASTE_GROWTH,
                Variant.DEFAULT, context.dumpsDir()));
    }

    /** heapwhy waste on the last dump: what could be saved, and which fields hold it. */
    static void wasteOfLastDump(DemoContext context) {
        context.say("First, what the last dump wastes: objects that could be shared or need not exist, what they "
                + "cost, and the fields that hold them, so you know where to fix (the top " + TOP + " of each "
                + "inspection; the JDK wastes a little of its own too).");
        Path dump = context.lastDump();
        try (OpenIndex opened = OpenIndex.quietly(dump, context.indexDir())) {
            context.show(WasteText.format(String.valueOf(dump.getFileName()),
                    Waste.find(opened.index(), new WasteQuery(Set.of(), TOP))));
        } catch (IOException e) {
            throw new UnreadableDumpException(dump + ": " + e.getMessage(), e);
        }
    }

    /** heapwhy waste on all three dumps: which waste grows in every interval, and how fast. */
    static void wasteThatGrows(DemoContext context) {
        context.say("Then, which of it grows: heapwhy waste on all three dumps matches each dump's waste by the "
                + "field that holds it and the value it repeats, and lists what grew in every interval. Waste "
                + "that grows will run the heap out; the regions' codes, wasted in every dump alike, are a fixed "
                + "cost and are not listed.");
        WasteGrowthReport report = WasteCommand.growth(context.dumps(), Set.of(), WasteGrowthQuery.defaults(),
                dump -> OpenIndex.quietly(dump, context.indexDir()),
                (dump, heap) -> TerminalProgress.forObjects(context.out(), "", false));
        context.show(WasteGrowthText.format(report));
    }

    /** The commands to try next on the same dumps. */
    static void nextCommands(DemoContext context) {
        List<String> dumps = new ArrayList<>();
        for (Path dump : context.dumps()) {
            dumps.add(ShellWords.quote(dump.toString()));
        }
        String last = dumps.get(dumps.size() - 1);
        String all = String.join(" ", dumps);
        String nl = System.lineSeparator();
        context.out().print("Try these next on the same dumps:" + nl
                + "  ./heapwhy waste " + last + nl
                + "  ./heapwhy waste --inspection duplicate-strings --top 20 " + last + nl
                + "  ./heapwhy waste --format csv " + all + nl
                + "  ./heapwhy layout --class java.lang.Long " + last + nl
                + "  ./heapwhy why " + all + nl
                + "  ./heapwhy demo" + nl);
        context.out().flush();
    }
}
