package dev.wasm4j.capi;

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
import dev.wasm4j.spi.BackendStore;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.util.LinkedHashSet;
import java.util.Set;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A {@code wasmtime_store_t} and everything the backend keeps per store: the arena its native buffers live
 * in, the scratch stack of calls, the exception a host function threw while wasm was on the stack, and which
 * thread is using it.
 *
 * <p>wasmtime's stores are single-threaded: the backend lets one thread in at a time and refuses a second one
 * with an {@link IllegalStateException} (a store may move between threads, one after the other). A thread that
 * holds the store may enter it again (a host function calling back into wasm). Closing deletes the native store,
 * which frees every instance, function, memory, table and global in it; anything used after that throws.
 *
 * <p>Resource controls map onto wasmtime's own: fuel onto the store's fuel, the epoch deadline onto its
 * deadline, {@link StoreLimits} onto a {@code StoreLimits} limiter. A new store gets the API's defaults, which
 * are not wasmtime's: no limits (wasmtime allows 10000 instances, memories and tables) and, when the engine
 * checks epochs, no deadline (wasmtime's is the current epoch, so the first check would trap).
 */
final class WasmtimeStore implements BackendStore {
    private static final VarHandle OWNER;
    /**
     * Ticks beyond the current epoch that stand for "no deadline": wasmtime adds them to the epoch in uint64_t
     * arithmetic, which cannot overflow before the epoch passes 2^63 (centuries of increments).
     */
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    static {
        try {
            OWNER = MethodHandles.lookup().findVarHandle(WasmtimeStore.class, "owner", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final WasmtimeEngine engine;
    private final Store<?> apiStore;
    private final Arena arena;
    /** The {@code wasmtime_store_t}: only the limiter is set through it, everything else through the context. */
    private final MemorySegment store;
    private final MemorySegment context;
    private final Cleaner.Cleanable cleanable;
    private final ScratchStack scratch;
    /** Small buffers for conversions that make no calls back into Java (raw values, references). */
    private final MemorySegment conversionBuffer;
    private final Set<WasmtimeModule> modules = new LinkedHashSet<>();

    @SuppressWarnings("unused") // through OWNER
    private volatile Thread owner;
    private volatile boolean closed;
    private int depth;
    /** Bumped whenever wasm may have run or a memory may have grown: memories then re-read their data. */
    private long generation;
    /** What a host function threw, carried across wasm frames to the call that entered them. */
    private Throwable pending;

    WasmtimeStore(WasmtimeEngine engine, MemorySegment nativeEngine, Store<?> apiStore) {
        this.engine = engine;
        this.apiStore = apiStore;
        // Shared: the Cleaner closes it from its own thread when the store was never closed.
        this.arena = Arena.ofShared();
        this.store = wasmtime_h.wasmtime_store_new(nativeEngine, MemorySegment.NULL, MemorySegment.NULL);
        this.context = wasmtime_h.wasmtime_store_context(store);
        this.cleanable = NativeCleaner.register(this, new Release(store, arena));
        this.scratch = new ScratchStack(arena);
        this.conversionBuffer = arena.allocate(64, 16);
        installLimits(StoreLimits.UNLIMITED);
        if (engine.features().epochInterruption()) {
            wasmtime_h.wasmtime_context_set_epoch_deadline(context, NO_DEADLINE);
        }
    }

    /** Frees the native store, then the arena (the store's finalizers may still read nothing of it). */
    private record Release(MemorySegment store, Arena arena) implements Runnable {
        @Override
        public void run() {
            wasmtime_h.wasmtime_store_delete(store);
            arena.close();
        }
    }

    WasmtimeEngine engine() {
        return engine;
    }

    Store<?> apiStore() {
        return apiStore;
    }

    MemorySegment context() {
        return context;
    }

    Arena arena() {
        return arena;
    }

    ScratchStack scratch() {
        return scratch;
    }

    MemorySegment conversionBuffer() {
        return conversionBuffer;
    }

    long generation() {
        return generation;
    }

    void memoriesMayHaveChanged() {
        generation++;
    }

    // ---- the thread that holds the store

    /**
     * Claims the store for the calling thread before native code runs in it.
     *
     * @return whether this call claimed it (and must pass {@code true} to {@link #exit})
     */
    boolean enter() {
        Thread me = Thread.currentThread();
        Thread current = owner;
        if (current == me) {
            if (closed) {
                throw closedError();
            }
            depth++;
            return false;
        }
        if (current != null || !OWNER.compareAndSet(this, null, me)) {
            throw concurrentUse();
        }
        if (closed) {
            owner = null;
            throw closedError();
        }
        depth++;
        return true;
    }

    void exit(boolean claimed) {
        depth--;
        generation++;
        if (claimed) {
            // Release, not volatile: the next thread's compare-and-set acquires, which is all a hand-over needs.
            OWNER.setRelease(this, null);
        }
    }

    /** For accesses that need no claim (reading memory): refuses a closed store or another thread's store. */
    void checkAccess() {
        if (closed) {
            throw closedError();
        }
        Thread current = owner;
        if (current != null && current != Thread.currentThread()) {
            throw concurrentUse();
        }
    }

    private IllegalStateException concurrentUse() {
        return new IllegalStateException("the store is in use by another thread; a store may be used by one"
                + " thread at a time");
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("the store is closed");
    }

    // ---- host exceptions carried across wasm frames

    void setPending(Throwable t) {
        if (pending == null) {
            pending = t;
        } else if (pending != t) {
            pending.addSuppressed(t);
        }
    }

    boolean hasPending() {
        return pending != null;
    }

    Throwable takePending() {
        Throwable t = pending;
        pending = null;
        return t;
    }

    // ---- modules instantiated here (for telling which instruction trapped)

    void noteInstantiated(WasmtimeModule module) {
        modules.add(module);
    }

    Set<WasmtimeModule> modules() {
        return modules;
    }

    // ---- BackendStore

    @Override
    public Func hostFunction(FuncType type, HostFunction function) {
        return HostFunctions.dynamic(this, type, function);
    }

    @Override
    public <I> Func typedHostFunction(Class<I> functionalInterface, I implementation) {
        return HostFunctions.typed(this, functionalInterface, implementation);
    }

    @Override
    public Memory memory(MemoryType type) {
        return WasmtimeMemory.create(this, type);
    }

    @Override
    public Table table(TableType type, Val init) {
        return WasmtimeTable.create(this, type, init);
    }

    @Override
    public Global global(GlobalType type, Val value) {
        return WasmtimeGlobal.create(this, type, value);
    }

    @Override
    public void setFuel(long fuel) {
        boolean claimed = enter();
        try {
            MemorySegment error = wasmtime_h.wasmtime_context_set_fuel(context, fuel);
            if (NativeErrors.isError(error)) {
                throw new IllegalStateException("wasmtime refused to set the fuel: "
                        + NativeErrors.takeMessage(error));
            }
        } finally {
            exit(claimed);
        }
    }

    @Override
    public long getFuel() {
        boolean claimed = enter();
        long mark = scratch.mark();
        try {
            MemorySegment out = scratch.allocate(JAVA_LONG.byteSize());
            MemorySegment error = wasmtime_h.wasmtime_context_get_fuel(context, out);
            if (NativeErrors.isError(error)) {
                throw new IllegalStateException("wasmtime cannot tell the fuel left: "
                        + NativeErrors.takeMessage(error));
            }
            long fuel = out.get(JAVA_LONG, 0);
            // A uint64_t: only more than Long.MAX_VALUE if wasmtime ever gave more than was set.
            return fuel < 0 ? Long.MAX_VALUE : fuel;
        } finally {
            scratch.reset(mark);
            exit(claimed);
        }
    }

    @Override
    public void setEpochDeadline(long ticks) {
        boolean claimed = enter();
        try {
            wasmtime_h.wasmtime_context_set_epoch_deadline(context, ticks);
        } finally {
            exit(claimed);
        }
    }

    @Override
    public void setLimits(StoreLimits limits) {
        boolean claimed = enter();
        try {
            installLimits(limits);
        } finally {
            exit(claimed);
        }
    }

    /**
     * Replaces the store's limiter. wasmtime reads it only while it creates or grows an instance, memory or
     * table, never while Java code runs, so a host function may change it too.
     */
    private void installLimits(StoreLimits limits) {
        // A negative size is "unlimited" to wasmtime too; a negative count would be its default of 10000,
        // so the API's unlimited count is passed as the largest one instead.
        wasmtime_h.wasmtime_store_limiter(store, limits.memoryBytes(), limits.tableElements(),
                unlimitedCount(limits.instances()), unlimitedCount(limits.tables()),
                unlimitedCount(limits.memories()));
    }

    private static long unlimitedCount(int limit) {
        return limit < 0 ? Long.MAX_VALUE : limit;
    }

    /**
     * Deletes the native store. Refused while wasm code of this store is running (from a host function) or
     * while another thread uses it; a second close does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        Thread me = Thread.currentThread();
        if (owner == me) {
            throw new IllegalStateException("cannot close a store from inside a call into it");
        }
        if (!OWNER.compareAndSet(this, null, me)) {
            throw concurrentUse();
        }
        try {
            closed = true;
            cleanable.clean();
        } finally {
            owner = null;
        }
    }
}
