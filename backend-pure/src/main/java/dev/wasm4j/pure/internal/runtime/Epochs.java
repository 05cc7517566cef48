package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/**
 * The epoch check compiled code of engines with epoch interruption makes at every function entry and
 * loop header: one volatile read of the engine's epoch and a compare with the store's deadline, small
 * enough for the JIT to inline everywhere.
 */
public final class Epochs {
    private Epochs() {
    }

    public static void check(WasmInstance instance) {
        PureStore store = instance.pureStore();
        if (store.epoch.current() >= store.epochDeadline) {
            throw interrupted();
        }
    }

    private static TrapSignal interrupted() {
        return new TrapSignal(TrapCode.INTERRUPTED);
    }
}
