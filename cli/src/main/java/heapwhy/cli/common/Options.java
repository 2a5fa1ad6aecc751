package heapwhy.cli.common;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that picocli's types cannot express. */
public final class Options {
    private Options() {
    }

    /** The --top value, or the default when it was not given; a negative value is a usage error. */
    public static int top(CommandSpec spec, Integer top, int byDefault) {
        if (top == null) {
            return byDefault;
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--top must be 0 (show all) or a positive number, not " + top);
        }
        return top;
    }

    public static long atLeast(CommandSpec spec, String option, long value, long minimum) {
        if (value < minimum) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }
}
