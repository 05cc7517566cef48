package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Linker;

import java.util.List;

/** Defines all of {@code wasi_snapshot_preview1} in a linker. */
public final class WasiFunctions {
    public static final String MODULE = FunctionFamily.MODULE;

    private WasiFunctions() {
    }

    public static void register(Linker<?> linker, StateLookup lookup) {
        List<FunctionFamily> families = List.of(
                new ArgsEnvFunctions(lookup),
                new ClockFunctions(lookup),
                new RandomFunctions(lookup),
                new FdIoFunctions(lookup),
                new FdAttrFunctions(lookup),
                new PathFunctions(lookup),
                new PathOpen(lookup),
                new PollFunctions(lookup),
                new ProcFunctions(lookup),
                new SockFunctions(lookup));
        for (FunctionFamily f : families) {
            f.register(linker);
        }
    }
}
