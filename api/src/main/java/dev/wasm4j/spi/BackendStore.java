package dev.wasm4j.spi;

import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.HostFunction;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.StoreLimits;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Val;

/** A backend's side of a {@link dev.wasm4j.Store}: creates host-defined externs bound to it. */
public interface BackendStore extends AutoCloseable {
    Func hostFunction(FuncType type, HostFunction function);

    /** See {@link Func#ofTyped}; {@link JavaSignatures} derives the wasm type. */
    <I> Func typedHostFunction(Class<I> functionalInterface, I implementation);

    Memory memory(MemoryType type);

    Table table(TableType type, Val init);

    Global global(GlobalType type, Val value);

    /** See {@link dev.wasm4j.Store#setFuel}; called only when the engine consumes fuel. */
    void setFuel(long fuel);

    long getFuel();

    /** The deadline is the engine's current epoch plus {@code ticks}; only when epochs are checked. */
    void setEpochDeadline(long ticks);

    /** See {@link dev.wasm4j.Store#setLimits}. */
    void setLimits(StoreLimits limits);

    @Override
    default void close() {
    }
}
