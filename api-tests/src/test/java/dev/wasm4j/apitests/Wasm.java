package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.UnsupportedFeatureException;
import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test's view of one backend: an engine of it (WebAssembly 2.0), a store and a linker, each made on
 * first use and closed with the fixture. Its string form is the backend's name (the test's display name).
 */
public final class Wasm implements AutoCloseable {
    private final String backend;
    private Engine engine;
    private Store<Void> store;
    private Linker<Void> linker;

    Wasm(String backend) {
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }

    /** A builder of engines of this backend, for tests that need other features or several engines. */
    public Engine.Builder engineBuilder() {
        return Engine.builder().backend(backend);
    }

    public Engine engine() {
        if (engine == null) {
            engine = engineBuilder().build();
        }
        return engine;
    }

    public Store<Void> store() {
        if (store == null) {
            store = Store.create(engine());
        }
        return store;
    }

    public Linker<Void> linker() {
        if (linker == null) {
            linker = Linker.create(engine());
        }
        return linker;
    }

    public Module compile(String wat) {
        return Module.fromText(engine(), wat);
    }

    public Instance instantiate(String wat) {
        return linker().instantiate(store(), compile(wat));
    }

    /**
     * Compiles {@code wat}, which uses {@code feature}, with {@code engine}. A backend may lack a feature
     * (pure compiles no SIMD, for one): it must then say so with an {@link UnsupportedFeatureException} naming
     * the feature and itself, and the rest of the test is skipped on it (reported, not passed).
     */
    public static Module compileNeeding(Feature feature, Engine engine, String wat) {
        try {
            return Module.fromText(engine, wat);
        } catch (UnsupportedFeatureException e) {
            assertEquals(feature.specName(), e.feature(), e::getMessage);
            assertTrue(e.getMessage().contains(engine.backend()), e::getMessage);
            Assumptions.abort("backend " + engine.backend() + " does not support " + feature.specName() + ": "
                    + e.getMessage());
            throw e;
        }
    }

    /** {@link #compileNeeding(Feature, Engine, String)} with this fixture's engine. */
    public Module compileNeeding(Feature feature, String wat) {
        return compileNeeding(feature, engine(), wat);
    }

    /** Instantiates {@link #compileNeeding(Feature, String)}'s module with this fixture's linker and store. */
    public Instance instantiateNeeding(Feature feature, String wat) {
        return linker().instantiate(store(), compileNeeding(feature, wat));
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public String toString() {
        return backend;
    }
}
