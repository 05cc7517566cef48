package dev.wasm4j.capi;

import dev.wasm4j.FuncType;
import dev.wasm4j.HostFunction;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;
import dev.wasm4j.spi.JavaSignatures;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Host functions as wasmtime functions. Every host function of every store goes through one upcall stub
 * (wasmtime's unchecked callback, the fast form: arguments and results in raw slots); the function's
 * {@code env} is a handle into a table of {@link Entry}s, freed by wasmtime's finalizer when the function's
 * store is deleted. A typed host function reads its arguments from the slots and calls the user's method
 * through a generated {@link HostAdapter}, without boxing; a dynamic one builds {@link Val}s.
 *
 * <p>An upcall must not throw: whatever the host function throws is parked in the store and a trap is
 * returned instead; the call that entered wasm rethrows it ({@link CallFailures}).
 */
final class HostFunctions {
    private static final HandleTable<Entry> ENTRIES = new HandleTable<>();
    /** The slots as the upcall sees them: large enough for any arity, so no reinterpret per call. */
    private static final MemoryLayout SLOTS = MemoryLayout.sequenceLayout(1L << 24, wasmtime_h.wasmtime_val_raw_t);
    private static final MemorySegment CALLBACK = Upcalls.stub(MethodHandles.lookup(), "dispatch",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS.withTargetLayout(SLOTS), JAVA_LONG));
    private static final MemorySegment FINALIZER = Upcalls.stub(MethodHandles.lookup(), "release",
            wasmtime_h.finalizer_t);
    private static final byte[] FAILED = "host function failed".getBytes(StandardCharsets.UTF_8);
    private static final MemorySegment FAILED_MESSAGE = Arena.global().allocate(FAILED.length);

    static {
        MemorySegment.copy(FAILED, 0, FAILED_MESSAGE, JAVA_BYTE, 0, FAILED.length);
    }

    private HostFunctions() {
    }

    static WasmtimeFunc dynamic(WasmtimeStore store, FuncType type, HostFunction function) {
        requireRawTypes(type);
        return register(store, type, new DynamicEntry(store, type, function));
    }

    static <I> WasmtimeFunc typed(WasmtimeStore store, Class<I> iface, I implementation) {
        Method method = JavaSignatures.functionalMethod(iface);
        FuncType type = JavaSignatures.funcTypeOf(method);
        requireRawTypes(type);
        if (!iface.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation + " does not implement " + iface.getName());
        }
        return register(store, type, new TypedEntry(store, implementation, HostBridges.adapterFor(method),
                JavaSignatures.takesCaller(method)));
    }

    private static void requireRawTypes(FuncType type) {
        if (!RawValues.allRaw(type.params()) || !RawValues.allRaw(type.results())) {
            throw new WasmException("backend " + WasmtimeBackend.NAME + " supports host functions of numbers, v128,"
                    + " funcref and externref only, not " + type);
        }
    }

    private static WasmtimeFunc register(WasmtimeStore store, FuncType type, Entry entry) {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        long handle = ENTRIES.add(entry);
        boolean made = false;
        try {
            MemorySegment functype = NativeTypeBuilder.funcType(type);
            MemorySegment out = store.scratch().allocate(wasmtime_h.wasmtime_func_t.byteSize());
            try {
                wasmtime_h.wasmtime_func_new_unchecked(store.context(), functype, CALLBACK,
                        MemorySegment.ofAddress(handle), FINALIZER, out);
                made = true;
            } finally {
                wasm_h.wasm_functype_delete(functype);
            }
            return new WasmtimeFunc(store, out.get(JAVA_LONG, 0), out.get(JAVA_LONG, 8), type);
        } finally {
            if (!made) {
                ENTRIES.remove(handle);
            }
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    /** For tests: how many host functions are alive in all stores. */
    static int liveCount() {
        return ENTRIES.size();
    }

    @SuppressWarnings("unused") // the upcall stub's target
    private static MemorySegment dispatch(MemorySegment env, MemorySegment caller, MemorySegment slots, long count) {
        Entry entry = ENTRIES.get(env.address());
        if (entry == null) {
            return failureTrap();
        }
        return entry.invoke(caller, slots);
    }

    @SuppressWarnings("unused") // the upcall stub's target
    private static void release(MemorySegment env) {
        ENTRIES.remove(env.address());
    }

    /** A new trap for wasmtime to unwind with (it takes ownership). */
    private static MemorySegment failureTrap() {
        return wasmtime_h.wasmtime_trap_new(FAILED_MESSAGE, FAILED.length);
    }

    /** One host function: runs it on an upcall, turning whatever it throws into a parked exception and a trap. */
    private abstract static class Entry {
        /** Weak: the table is a GC root, and a forgotten store must stay collectable for its Cleaner. */
        private final WeakReference<WasmtimeStore> store;

        Entry(WasmtimeStore store) {
            this.store = new WeakReference<>(store);
        }

        final MemorySegment invoke(MemorySegment caller, MemorySegment slots) {
            WasmtimeStore s = store.get();
            if (s == null) {
                return failureTrap();
            }
            s.memoriesMayHaveChanged();
            try {
                call(s, caller, slots);
                return MemorySegment.NULL;
            } catch (Throwable t) {
                s.setPending(t);
                return failureTrap();
            }
        }

        abstract void call(WasmtimeStore store, MemorySegment caller, MemorySegment slots) throws Throwable;
    }

    private static final class DynamicEntry extends Entry {
        private final FuncType type;
        private final HostFunction function;

        DynamicEntry(WasmtimeStore store, FuncType type, HostFunction function) {
            super(store);
            this.type = type;
            this.function = function;
        }

        @Override
        void call(WasmtimeStore store, MemorySegment caller, MemorySegment slots) throws Exception {
            List<ValType> params = type.params();
            Val[] args = new Val[params.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = RawValues.read(store, slots, i, params.get(i));
            }
            NativeCaller c = new NativeCaller(store, caller);
            Val[] results;
            try {
                results = function.call(c, args);
            } finally {
                c.invalidate();
            }
            List<ValType> types = type.results();
            if (results == null || results.length != types.size()) {
                throw new WasmException("host function returned " + (results == null ? "null" : results.length
                        + " values") + ", expected " + types.size() + " results of " + type);
            }
            for (int i = 0; i < results.length; i++) {
                Val r = results[i];
                ValType t = types.get(i);
                boolean fits = r != null && (t instanceof RefType ? r.type() instanceof RefType
                        : r.type() == t);
                if (!fits) {
                    throw new WasmException("host function result " + i + " is " + r + ", expected " + t);
                }
            }
            for (int i = 0; i < results.length; i++) {
                RawValues.write(store, slots, i, types.get(i), results[i]);
            }
        }
    }

    private static final class TypedEntry extends Entry {
        private final Object implementation;
        private final HostAdapter adapter;
        private final boolean takesCaller;

        TypedEntry(WasmtimeStore store, Object implementation, HostAdapter adapter, boolean takesCaller) {
            super(store);
            this.implementation = implementation;
            this.adapter = adapter;
            this.takesCaller = takesCaller;
        }

        @Override
        void call(WasmtimeStore store, MemorySegment caller, MemorySegment slots) throws Throwable {
            NativeCaller c = takesCaller ? new NativeCaller(store, caller) : null;
            try {
                adapter.call(implementation, store, c, slots);
            } finally {
                if (c != null) {
                    c.invalidate();
                }
            }
        }
    }
}
