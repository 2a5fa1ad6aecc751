package heapwhy.cli;

import heapwhy.cli.common.Paragraphs;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.Map;

/**
 * Lays out the description and footer of every command's help: lines longer than the terminal width wrap with
 * their continuation under where their text began (a term's text, an example's comment), which picocli's own
 * wrapping, back to column 0, does not do.
 */
final class HelpLayout {
    private HelpLayout() {
    }

    static void install(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> lines(help.commandSpec().usageMessage().description(), help.commandSpec().usageMessage().width()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> lines(help.commandSpec().usageMessage().footer(), help.commandSpec().usageMessage().width()));
        commandLine.setHelpSectionMap(sections);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            install(sub);
        }
    }

    /** The lines as picocli formats them (%n, %%), each wrapped to the width. */
    private static String lines(String[] lines, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            for (String part : String.format(line).split("\\R", -1)) {
                out.append(Paragraphs.wrapHanging(part, width)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
