package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.GuestMemory;

/** {@code clock_res_get} and {@code clock_time_get}. */
final class ClockFunctions extends FunctionFamily {
    ClockFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "clock_res_get", HostSignatures.II.class, this::resGet);
        linker.func(MODULE, "clock_time_get", HostSignatures.ILI.class, this::timeGet);
    }

    int resGet(Caller caller, int clockId, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            m.check(resultPtr, 8);
            m.writeI64(resultPtr, state(caller).clocks().resolution(clockId));
            return Errno.SUCCESS;
        });
    }

    /** The precision argument is a hint only; every clock is read at its best precision. */
    int timeGet(Caller caller, int clockId, long precision, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            m.check(resultPtr, 8);
            m.writeI64(resultPtr, state(caller).clocks().now(clockId));
            return Errno.SUCCESS;
        });
    }
}
