package dev.wasm4j;

import dev.wasm4j.spi.BackendStore;

/**
 * The unit of isolation: owns every instance, memory, table, global and function created in it, plus
 * the user's data {@code T}. A store is used by one thread at a time.
 */
public final class Store<T> implements AutoCloseable {
    private final Engine engine;
    private final BackendStore backendStore;
    private T data;

    private Store(Engine engine, T data) {
        this.engine = engine;
        this.data = data;
        this.backendStore = engine.backendEngine().newStore(this);
    }

    public static <T> Store<T> create(Engine engine, T data) {
        return new Store<>(engine, data);
    }

    public static Store<Void> create(Engine engine) {
        return new Store<>(engine, null);
    }

    public Engine engine() {
        return engine;
    }

    public T data() {
        return data;
    }

    public void setData(T data) {
        this.data = data;
    }

    /** For backends: this store's backend state. */
    public BackendStore backendStore() {
        return backendStore;
    }

    @Override
    public void close() {
        backendStore.close();
    }
}
