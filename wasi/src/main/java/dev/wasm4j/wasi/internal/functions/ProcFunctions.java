package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.WasiExitException;
import dev.wasm4j.wasi.internal.Errno;

/** {@code proc_exit}, {@code proc_raise} and {@code sched_yield}. */
final class ProcFunctions extends FunctionFamily {
    /** The last {@code signal} value the witx defines ({@code sys}). */
    private static final int LAST_SIGNAL = 30;

    ProcFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "proc_exit", HostSignatures.Exit.class, ProcFunctions::procExit);
        linker.func(MODULE, "proc_raise", HostSignatures.I.class, ProcFunctions::procRaise);
        linker.func(MODULE, "sched_yield", HostSignatures.V.class, ProcFunctions::schedYield);
    }

    /** Ends the run by unwinding to the embedder, never the JVM: a WasmException passes host calls unchanged. */
    static void procExit(Caller caller, int code) {
        throw new WasiExitException(code);
    }

    /**
     * Signals are not supported (as in other WASI hosts): a valid signal number answers ENOSYS, an invalid
     * one EINVAL.
     */
    static int procRaise(Caller caller, int signal) {
        return signal < 0 || signal > LAST_SIGNAL ? Errno.INVAL : Errno.NOSYS;
    }

    static int schedYield(Caller caller) {
        Thread.yield();
        return Errno.SUCCESS;
    }
}
