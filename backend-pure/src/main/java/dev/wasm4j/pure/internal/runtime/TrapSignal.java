package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/**
 * Thrown inside compiled code for a trap the code detects itself. It is an internal exception: the
 * wasm-to-host boundary turns it into a {@link dev.wasm4j.Trap} whose backtrace comes from this
 * exception's JVM stack trace (see {@link Traps#toWasm(Throwable)}).
 */
public final class TrapSignal extends RuntimeException {
    private final TrapCode code;

    public TrapSignal(TrapCode code) {
        super(code.message());
        this.code = code;
    }

    public TrapCode code() {
        return code;
    }
}
