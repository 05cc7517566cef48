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

    /**
     * Sets the fuel wasm code of this store may still consume (about one unit per instruction; engines
     * built with {@link Engine.Builder#consumeFuel}). When it runs out, the call traps with
     * {@link TrapCode#OUT_OF_FUEL}; a store starts with none.
     *
     * @throws IllegalStateException when the engine does not consume fuel
     */
    public void setFuel(long fuel) {
        requireFuel();
        if (fuel < 0) {
            throw new IllegalArgumentException("fuel must not be negative: " + fuel);
        }
        backendStore.setFuel(fuel);
    }

    /** The fuel left, see {@link #setFuel}. */
    public long getFuel() {
        requireFuel();
        return backendStore.getFuel();
    }

    private void requireFuel() {
        if (!engine.config().consumeFuel()) {
            throw new IllegalStateException("fuel is off: build the engine with Engine.builder().consumeFuel(true)");
        }
    }

    /**
     * Lets wasm code of this store run until the engine's epoch has advanced {@code ticks} more times
     * ({@link Engine#incrementEpoch}), then trap with {@link TrapCode#INTERRUPTED} (engines built with
     * {@link Engine.Builder#epochInterruption}). Until it is set, a store has no deadline.
     *
     * @throws IllegalStateException when the engine does not check epochs
     */
    public void setEpochDeadline(long ticks) {
        if (!engine.config().epochInterruption()) {
            throw new IllegalStateException(
                    "epoch interruption is off: build the engine with Engine.builder().epochInterruption(true)");
        }
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must not be negative: " + ticks);
        }
        backendStore.setEpochDeadline(ticks);
    }

    /** Limits what the store's wasm code may allocate from now on; see {@link StoreLimits}. */
    public void setLimits(StoreLimits limits) {
        backendStore.setLimits(java.util.Objects.requireNonNull(limits, "limits"));
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
