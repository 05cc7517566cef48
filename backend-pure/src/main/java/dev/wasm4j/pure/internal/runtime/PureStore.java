package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Caller;
import dev.wasm4j.Extern;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.HostFunction;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Store;
import dev.wasm4j.StoreLimits;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import dev.wasm4j.spi.BackendStore;

import java.util.Optional;
import java.util.WeakHashMap;
import java.util.Set;
import java.util.Collections;

/** Backend pure's side of a {@link Store}: creates host externs, holds its fuel, epoch deadline and limits. */
public final class PureStore implements BackendStore {
    private final Store<?> store;
    /** The engine's epoch, which {@link #epochDeadline} is compared with (see {@link Epochs}). */
    final EngineEpoch epoch;
    /** No deadline until one is set. */
    long epochDeadline = Long.MAX_VALUE;
    /** What wasm code may still consume (see {@link Fuel}); none at first. */
    long fuel;
    private final StoreLimiter limiter = new StoreLimiter();
    /** What a host function sees when called from the host rather than from an instance. */
    private final Caller hostCaller;
    /**
     * The externs that belong to this store: created by the host in it, or exported by its instances
     * (imports can only come from those). Weak, so the store keeps no garbage alive.
     */
    private final Set<Extern> owned = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    /** A tail call requested by compiled code and not yet run, see {@link TailCalls}. */
    WasmFunction tailTarget;
    Object[] tailArgs;
    WasmInstance tailCaller;

    /** A store with an epoch of its own, for use below the public API. */
    public PureStore(Store<?> store) {
        this(store, new EngineEpoch());
    }

    public PureStore(Store<?> store, EngineEpoch epoch) {
        this.store = store;
        this.epoch = epoch;
        this.hostCaller = new Caller() {
            @Override
            public Store<?> store() {
                return store;
            }

            @Override
            public Optional<Extern> export(String name) {
                return Optional.empty();
            }
        };
    }

    public Store<?> store() {
        return store;
    }

    StoreLimiter limiter() {
        return limiter;
    }

    @Override
    public void setFuel(long fuel) {
        this.fuel = fuel;
    }

    @Override
    public long getFuel() {
        return fuel;
    }

    @Override
    public void setEpochDeadline(long ticks) {
        long now = epoch.current();
        epochDeadline = ticks > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + ticks;
    }

    @Override
    public void setLimits(StoreLimits limits) {
        limiter.setLimits(limits);
    }

    /** Records that {@code extern} belongs to this store. */
    <E extends Extern> E adopt(E extern) {
        owned.add(extern);
        return extern;
    }

    /** Whether {@code extern} belongs to this store: externs of another store must not be imported. */
    boolean owns(Extern extern) {
        return owned.contains(extern);
    }

    /** The caller a host function sees: the calling instance, or a caller without exports. */
    public Caller callerFor(WasmInstance instance) {
        return instance != null ? instance : hostCaller;
    }

    @Override
    public Func hostFunction(FuncType type, HostFunction function) {
        return adopt(HostFunctions.dynamic(this, type, function));
    }

    @Override
    public <I> Func typedHostFunction(Class<I> functionalInterface, I implementation) {
        return adopt(HostFunctions.typed(this, functionalInterface, implementation));
    }

    @Override
    public Memory memory(MemoryType type) {
        if (type.shared()) {
            throw new WasmException("backend pure does not support " + type);
        }
        return adopt(new WasmMemory(type.minimum(), type.maximum(), type.memory64(), type.pageSizeLog2(), limiter));
    }

    @Override
    public Table table(TableType type, Val init) {
        WasmTable.checkElementType(type.elementType());
        return adopt(new WasmTable(type.elementType(), type.minimum(), type.maximum(), type.table64(),
                Values.refOf(init, type.elementType()), limiter));
    }

    @Override
    public Global global(GlobalType type, Val value) {
        WasmGlobal g = new WasmGlobal(type);
        g.initialize(value);
        return adopt(g);
    }
}
