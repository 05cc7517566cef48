package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.TrapCode;

/**
 * The fuel charge compiled code of engines that consume fuel makes at the end of each straight-line run
 * of instructions (the compiler counts them, see its {@code Meter}). The fuel is the store's: a store is
 * used by one thread at a time, so a plain field does.
 */
public final class Fuel {
    private Fuel() {
    }

    /** Takes {@code units} from the store's fuel; when that is not enough, leaves none and traps. */
    public static void consume(WasmInstance instance, int units) {
        PureStore store = instance.pureStore();
        long left = store.fuel - units;
        if (left < 0) {
            store.fuel = 0;
            throw outOfFuel();
        }
        store.fuel = left;
    }

    private static TrapSignal outOfFuel() {
        return new TrapSignal(TrapCode.OUT_OF_FUEL);
    }
}
