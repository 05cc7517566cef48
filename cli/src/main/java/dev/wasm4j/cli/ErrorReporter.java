package dev.wasm4j.cli;

import dev.wasm4j.Trap;
import dev.wasm4j.WasmException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;

/** Turns an error into one clear line on stderr and a non-zero exit code, instead of a stack trace. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int EXIT_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e instanceof Trap trap ? describe(trap) : e instanceof WasmException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException
                ? e.getMessage() : e.toString();
        cmd.getErr().println("error: " + message);
        if (Boolean.getBoolean("wasm4j.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return EXIT_ERROR;
    }

    /** One line: the trap's reason and the innermost wasm function (the full backtrace with --debug). */
    static String describe(Trap trap) {
        String where = trap.backtrace().isEmpty() ? "" : " in " + trap.backtrace().get(0);
        return "wasm trap: " + trap.code().message() + where;
    }
}
