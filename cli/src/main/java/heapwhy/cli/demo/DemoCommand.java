package heapwhy.cli.demo;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code heapwhy demo}: produces the dumps of a leaking program and walks through analyzing them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a small program with a known leak (a static cache that only grows), dumps its heap "
                + "three times, and shows what heapwhy says about it (histogram, growth, backrefs, and last the why "
                + "report), ending with commands to try next.")
public final class DemoCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to keep the demo's dumps. Default: ~/.cache/heapwhy/demo.")
    Path dir;

    public DemoCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    /** The steps in order; each later feature of the tour adds its step before the closing commands. */
    static List<DemoStep> steps() {
        return List.of(
                DemoSteps::produceDumps,
                DemoSteps::histogramOfLastDump,
                DemoSteps::growthAcrossDumps,
                DemoSteps::whatHoldsTheLeak,
                DemoSteps::whyItGrows,
                DemoSteps::nextCommands);
    }

    @Override
    public Integer call() throws Exception {
        Path where = dir != null ? dir : environment.cacheDir("demo");
        DemoContext context = new DemoContext(environment, spec.commandLine().getOut(), spec.commandLine().getErr(),
                where);
        for (DemoStep step : steps()) {
            step.run(context);
        }
        return ExitCodes.OK;
    }
}
