package heapwhy.cli;

import heapwhy.cli.common.CommandEnvironment;
import picocli.CommandLine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Creates the commands of {@link CommandTable} with their environment; everything else the picocli way. */
final class CommandFactory implements CommandLine.IFactory {
    private final CommandEnvironment environment;
    private final Map<Class<?>, Function<CommandEnvironment, Object>> commands = new HashMap<>();
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CommandEnvironment environment) {
        this.environment = environment;
        for (CommandTable.Entry entry : CommandTable.ALL) {
            commands.put(entry.type(), entry.create());
        }
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Function<CommandEnvironment, Object> command = commands.get(type);
        return command != null ? type.cast(command.apply(environment)) : fallback.create(type);
    }
}
