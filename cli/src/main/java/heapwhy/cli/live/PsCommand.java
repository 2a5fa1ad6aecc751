package heapwhy.cli.live;

import heapwhy.cli.common.ExitCodes;
import heapwhy.cli.common.OutputFormat;
import heapwhy.live.JvmProcess;
import heapwhy.live.LiveJvms;
import heapwhy.report.live.PsCsv;
import heapwhy.report.live.PsJson;
import heapwhy.report.live.PsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code heapwhy ps}: the JVMs this user can attach to, with their heap and age. */
@Command(name = "ps", mixinStandardHelpOptions = true,
        description = {"The Java VMs of your user that heapwhy can attach to (itself left out): pid, heap in use "
                + "and its limit, uptime, and main class or jar with its arguments. Each is attached to through "
                + "the JDK's Attach API and asked through its own management beans (which starts its local JMX "
                + "agent, as jconsole does); a JVM that cannot be attached to is listed with why.",
                "Then take a dump with heapwhy dump PID."},
        footer = {"", "Examples:",
            "  heapwhy ps",
            "  heapwhy ps --format json"})
public final class PsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JvmProcess> jvms = LiveJvms.list();
        out.print(switch (format) {
            case text -> PsText.format(jvms, System.getProperty("user.name"));
            case json -> PsJson.format(jvms);
            case csv -> PsCsv.format(jvms);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
