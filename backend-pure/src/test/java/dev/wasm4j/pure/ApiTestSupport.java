package dev.wasm4j.pure;

import dev.wasm4j.Engine;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;

/** Shared setup of the API-level tests: an engine of backend pure and helpers to instantiate WAT. */
abstract class ApiTestSupport {
    final Engine engine = Engine.builder().backend("pure").build();
    final Store<Void> store = Store.create(engine);
    final Linker<Void> linker = Linker.create(engine);

    Instance instantiate(String wat) {
        return linker.instantiate(store, Module.fromText(engine, wat));
    }
}
