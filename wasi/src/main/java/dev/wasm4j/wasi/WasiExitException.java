package dev.wasm4j.wasi;

import dev.wasm4j.WasmException;

/**
 * The guest called {@code proc_exit}: the run ends with {@link #exitCode()}. Thrown from the host function
 * and, being a {@link WasmException}, propagates out of {@code Func.call} unchanged; the JVM keeps running.
 */
public final class WasiExitException extends WasmException {
    private final int exitCode;

    public WasiExitException(int exitCode) {
        super("WASI program exited with code " + Integer.toUnsignedString(exitCode));
        this.exitCode = exitCode;
    }

    /** The code passed to {@code proc_exit} (a u32; 0 means success). */
    public int exitCode() {
        return exitCode;
    }

    /** An exit is ordinary control flow, not a failure to debug: no stack trace is captured. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
