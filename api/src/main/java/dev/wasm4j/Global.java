package dev.wasm4j;

/** A global variable. */
public interface Global extends Extern {
    @Override
    GlobalType type();

    Val get();

    /** @throws WasmException when the global is immutable or the value has the wrong type */
    void set(Val value);

    /** A global created by the host. */
    static Global of(Store<?> store, GlobalType type, Val value) {
        return store.backendStore().global(type, value);
    }
}
