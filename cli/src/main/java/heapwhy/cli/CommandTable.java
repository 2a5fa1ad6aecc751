package heapwhy.cli;

import heapwhy.cli.bench.BenchCommand;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.demo.DemoCommand;
import heapwhy.cli.dominators.DominatorsCommand;
import heapwhy.cli.growth.GrowthCommand;
import heapwhy.cli.gui.GuiCommand;
import heapwhy.cli.histogram.HistogramCommand;
import heapwhy.cli.layout.LayoutCommand;
import heapwhy.cli.live.DumpCommand;
import heapwhy.cli.live.PsCommand;
import heapwhy.cli.live.WatchCommand;
import heapwhy.cli.paths.BackrefsCommand;
import heapwhy.cli.paths.PathCommand;
import heapwhy.cli.summary.SummaryCommand;
import heapwhy.cli.suspects.SuspectsCommand;
import heapwhy.cli.waste.WasteCommand;
import heapwhy.cli.top.TopCommand;
import heapwhy.cli.why.WhyCommand;

import java.util.List;
import java.util.function.Function;

/**
 * Every subcommand of heapwhy, in the order {@code heapwhy --help} lists them, with how each is built from the
 * environment. The root command's subcommands and {@link CommandFactory} both come from this one list, so a new
 * command is one line here.
 */
final class CommandTable {
    /** A subcommand's class, as picocli reads its annotations, and how to build one. */
    record Entry(Class<?> type, Function<CommandEnvironment, Object> create) {
    }

    static final List<Entry> ALL = List.of(
            new Entry(HistogramCommand.class, HistogramCommand::new),
            new Entry(GrowthCommand.class, GrowthCommand::new),
            new Entry(WhyCommand.class, WhyCommand::new),
            new Entry(SummaryCommand.class, SummaryCommand::new),
            new Entry(TopCommand.class, TopCommand::new),
            new Entry(DominatorsCommand.class, DominatorsCommand::new),
            new Entry(SuspectsCommand.class, SuspectsCommand::new),
            new Entry(WasteCommand.class, WasteCommand::new),
            new Entry(LayoutCommand.class, LayoutCommand::new),
            new Entry(PsCommand.class, environment -> new PsCommand()),
            new Entry(DumpCommand.class, DumpCommand::new),
            new Entry(WatchCommand.class, environment -> new WatchCommand()),
            new Entry(BackrefsCommand.class, BackrefsCommand::new),
            new Entry(PathCommand.class, PathCommand::new),
            new Entry(GuiCommand.class, environment -> new GuiCommand()),
            new Entry(DemoCommand.class, DemoCommand::new),
            new Entry(BenchCommand.class, BenchCommand::new));

    private CommandTable() {
    }
}
