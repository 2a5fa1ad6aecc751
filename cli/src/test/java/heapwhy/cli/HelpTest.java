package heapwhy.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTest {

    @Test
    void helpListsEveryCommandWithAnExampleLine() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode());
        String examples = run.out().substring(run.out().indexOf("Examples:"));
        for (String command : new String[] {"histogram", "growth", "summary", "top", "dominators", "suspects", "demo", "bench"}) {
            assertTrue(run.out().contains("  " + command + " "), "command list names " + command);
            assertTrue(examples.lines().anyMatch(line -> line.contains("heapwhy " + command + " ")
                            || line.endsWith("heapwhy " + command) || line.contains("heapwhy " + command + "  ")),
                    "an example runs " + command + ":\n" + examples);
        }
    }

    @Test
    void helpExplainsEveryExitCode() {
        String help = Run.of("--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("Exit codes:"));
        for (String code : new String[] {" 0 Success.", " 1 Internal error", " 2 The input dump", " 64 Usage error"}) {
            assertTrue(help.contains(code), "explains exit code " + code.trim());
        }
        assertTrue(help.contains("--debug"));
        assertTrue(help.contains("byte offset"));
    }

    @Test
    void helpPromisesMemoryThatDoesNotGrowOnlyForTheStreamingCommandsAndSaysWhereTheIndexGoes() {
        String help = Run.of("--help").out().replaceAll("\\s+", " ");
        int promise = help.indexOf("memory that does not grow with the dump");
        assertTrue(promise > 0, help);
        String before = help.substring(help.lastIndexOf(". ", promise) + 2, promise);
        assertTrue(before.startsWith("histogram (") && before.contains(" and growth ("), before);
        assertTrue(help.contains("an index on disk of about 80 bytes per object"), help);
        assertTrue(help.contains("rm -rf ~/.cache/heapwhy/index"), help);
    }

    @Test
    void versionNamesHeapwhyAndJava() {
        Run run = Run.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("heapwhy "), run.out());
        assertTrue(run.out().contains("Java "), run.out());
    }

    @Test
    void everyCommandHasItsOwnHelpAndPicocliFormatsItWithoutAWarning() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        // picocli's own warnings (e.g. an unescaped % in a help text) go to System.err, not to the command's err
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"histogram", "growth", "why", "summary", "top", "dominators",
                "suspects", "waste", "layout", "backrefs", "path", "gui", "demo", "bench"}) {
                Run run = Run.of(command, "--help");
                assertEquals(0, run.exitCode(), command);
                assertTrue(run.out().startsWith("Usage: heapwhy " + command), run.out());
                assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8) + run.err(), command);
            }
        } finally {
            System.setErr(stderr);
        }
    }

    @Test
    void everyCommandsHelpFitsEightyColumnsAndWrapsUnderItsText() {
        for (CommandTable.Entry entry : CommandTable.ALL) {
            String command = entry.type().getAnnotation(picocli.CommandLine.Command.class).name();
            String help = Run.of(command, "--help").out();
            boolean examples = false;
            String previous = "";
            for (String line : help.split("\\R")) {
                assertTrue(line.codePointCount(0, line.length()) <= 80, command + ": " + line);
                // an example's comment, wrapped, stays in the examples' column, never back at column 0
                assertTrue(!examples || line.isEmpty() || line.startsWith(" ") || !previous.startsWith(" "),
                        command + ": " + line);
                examples |= line.equals("Examples:");
                previous = line;
            }
        }
        String waste = Run.of("waste", "--help").out();
        assertTrue(waste.contains("  duplicate-strings   Strings with equal text. Every copy but one is waste: the"
                + System.lineSeparator() + "                      String and its value array"), waste);
    }
}
