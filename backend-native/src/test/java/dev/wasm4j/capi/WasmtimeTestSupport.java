package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Setup of the wasmtime-specific tests: an engine of backend wasmtime, a store, a linker, and WAT helpers. */
@ExtendWith(RequiresWasmtime.class)
abstract class WasmtimeTestSupport {
    Engine engine;
    Store<Void> store;
    Linker<Void> linker;

    Engine engine() {
        if (engine == null) {
            engine = Engine.builder().backend(WasmtimeBackend.NAME).build();
        }
        return engine;
    }

    Store<Void> store() {
        if (store == null) {
            store = Store.create(engine());
        }
        return store;
    }

    Linker<Void> linker() {
        if (linker == null) {
            linker = Linker.create(engine());
        }
        return linker;
    }

    Module compile(String wat) {
        return Module.fromText(engine(), wat);
    }

    Instance instantiate(String wat) {
        return linker().instantiate(store(), compile(wat));
    }

    @AfterEach
    void closeAll() {
        if (store != null) {
            store.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
