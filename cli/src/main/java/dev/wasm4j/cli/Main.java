package dev.wasm4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code wasm4j} command line. */
@Command(name = "wasm4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A WebAssembly runtime for the JVM.",
        subcommands = {RunCommand.class, BackendsCommand.class, ValidateCommand.class, InspectCommand.class, WastCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // As with `wasmtime run`, everything after the module file belongs to the program, dashes included.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
