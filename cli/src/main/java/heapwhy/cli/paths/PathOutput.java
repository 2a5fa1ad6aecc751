package heapwhy.cli.paths;

import heapwhy.cli.common.PathFormat;
import heapwhy.cli.common.Pictures;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The output options of backrefs and path: a text format, or a picture written to a file (or DOT to stdout). */
final class PathOutput {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output as FORMAT (${COMPLETION-CANDIDATES}). Default: ${DEFAULT-VALUE}.")
    PathFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the picture to FILE; its ending (.svg, .png, .dot) chooses the format when "
                    + "--format is not given. Default for svg/png: heapwhy-<command>.svg/png here; dot goes to "
                    + "stdout.")
    Path output;

    /** The format asked for, or the one the output file's name implies. */
    PathFormat chosen() {
        return Pictures.formatFor(format, output);
    }
}
