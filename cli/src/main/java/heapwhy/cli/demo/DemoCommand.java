package heapwhy.cli.demo;

import heapwhy.cli.common.CommandEnvironment;
import heapwhy.cli.common.ExitCodes;
import heapwhy.testdumps.ForeignFilesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code heapwhy demo [TOUR]}: produces the dumps of a leaking (or wasting) program and walks through analyzing
 * them.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a small program, dumps its heap three times, and shows what heapwhy says about it, "
                + "ending with commands to try next.",
                "  leak   a program with a known leak (a static cache that only grows): histogram, growth, "
                        + "backrefs, and last the why report",
                "  waste  a program that wastes more and more memory (duplicate strings, empty lists, boxed "
                        + "numbers) beside waste made once: waste on the last dump, then waste on all three, "
                        + "which tells the growing waste from the fixed"},
        footer = {"", "Examples:",
            "  heapwhy demo          the leak tour",
            "  heapwhy demo waste    the waste tour"})
public final class DemoCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    CommandSpec spec;

    /** The tours; each has its program, its dumps and its steps. */
    enum Tour { leak, waste }

    @Parameters(paramLabel = "TOUR", arity = "0..1", defaultValue = "leak",
            description = "Which tour (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    Tour tour;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to keep the tour's dumps. Default: ~/.cache/heapwhy/demo for the leak tour, "
                    + "~/.cache/heapwhy/demo-waste for the waste tour.")
    Path dir;

    public DemoCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    /** The tour's steps in order; each later feature of a tour adds its step before the closing commands. */
    static List<DemoStep> steps(Tour tour) {
        if (tour == Tour.waste) {
            return WasteTour.steps();
        }
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
        Path where = dir != null ? dir : environment.cacheDir(tour == Tour.waste ? "demo-waste" : "demo");
        DemoContext context = new DemoContext(environment, spec.commandLine().getOut(), spec.commandLine().getErr(),
                where);
        try {
            for (DemoStep step : steps(tour)) {
                step.run(context);
            }
        } catch (ForeignFilesException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + " (choose another --dir)");
        }
        return ExitCodes.OK;
    }
}
