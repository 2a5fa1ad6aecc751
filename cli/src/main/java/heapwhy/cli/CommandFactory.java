package heapwhy.cli;

import heapwhy.cli.bench.BenchCommand;
import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.demo.DemoCommand;
import heapwhy.cli.dominators.DominatorsCommand;
import heapwhy.cli.growth.GrowthCommand;
import heapwhy.cli.histogram.HistogramCommand;
import heapwhy.cli.paths.BackrefsCommand;
import heapwhy.cli.paths.PathCommand;
import heapwhy.cli.summary.SummaryCommand;
import heapwhy.cli.suspects.SuspectsCommand;
import heapwhy.cli.top.TopCommand;
import heapwhy.cli.why.WhyCommand;
import picocli.CommandLine;

/** Creates the command objects with their services; everything else the picocli way. */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandEnvironment services;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CommandEnvironment services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == HistogramCommand.class) {
            return type.cast(new HistogramCommand(services));
        }
        if (type == GrowthCommand.class) {
            return type.cast(new GrowthCommand(services));
        }
        if (type == DemoCommand.class) {
            return type.cast(new DemoCommand(services));
        }
        if (type == BenchCommand.class) {
            return type.cast(new BenchCommand(services));
        }
        if (type == SummaryCommand.class) {
            return type.cast(new SummaryCommand(services));
        }
        if (type == TopCommand.class) {
            return type.cast(new TopCommand(services));
        }
        if (type == DominatorsCommand.class) {
            return type.cast(new DominatorsCommand(services));
        }
        if (type == WhyCommand.class) {
            return type.cast(new WhyCommand(services));
        }
        if (type == SuspectsCommand.class) {
            return type.cast(new SuspectsCommand(services));
        }
        if (type == BackrefsCommand.class) {
            return type.cast(new BackrefsCommand(services));
        }
        if (type == PathCommand.class) {
            return type.cast(new PathCommand(services));
        }
        return fallback.create(type);
    }
}
