package dev.wasm4j.capi;

import dev.wasm4j.FuncType;
import dev.wasm4j.Func;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A {@code wasmtime_func_t} (a store id and an index into the store, kept in Java). Dynamic calls go through
 * {@code wasmtime_func_call}, which checks the values' types; typed calls through {@link TypedCalls}.
 */
final class WasmtimeFunc implements Func, WasmtimeExtern {
    private final WasmtimeStore store;
    private final long storeId;
    private final long handle;
    private volatile FuncType type;
    /** The view {@link #typed} made last: the same interface again gets the same view, not a new bridge. */
    private volatile TypedView lastView;

    private record TypedView(Class<?> iface, Object view) {
    }

    WasmtimeFunc(WasmtimeStore store, long storeId, long handle, FuncType type) {
        this.store = store;
        this.storeId = storeId;
        this.handle = handle;
        this.type = type;
    }

    /** {@code ref} as a function that may be used in {@code store}, or a {@link WasmException} saying why not. */
    static WasmtimeFunc sameStore(WasmtimeStore store, Object ref) {
        if (ref instanceof WasmtimeFunc f && f.store == store) {
            return f;
        }
        throw new WasmException(ref instanceof WasmtimeFunc ? "a function of another store cannot be used here"
                : ref + " is not a function of backend " + WasmtimeBackend.NAME);
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    /** Writes the {@code wasmtime_func_t} (16 bytes). */
    void writeTo(MemorySegment dst) {
        dst.set(JAVA_LONG, 0, storeId);
        dst.set(JAVA_LONG, 8, handle);
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_FUNC);
        writeTo(externT.asSlice(wasmtime_h.EXTERN_OF, 16));
    }

    @Override
    public FuncType type() {
        FuncType t = type;
        if (t == null) {
            t = queryType();
            type = t;
        }
        return t;
    }

    private FuncType queryType() {
        boolean claimed = store.enter();
        long mark = store.scratch().mark();
        try {
            MemorySegment func = store.scratch().allocate(16);
            writeTo(func);
            MemorySegment functype = wasmtime_h.wasmtime_func_type(store.context(), func);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                return reader.funcType(functype);
            } finally {
                wasm_h.wasm_functype_delete(functype);
            }
        } finally {
            store.scratch().reset(mark);
            store.exit(claimed);
        }
    }

    @Override
    public Val[] call(Val... args) {
        FuncType t = type();
        checkArguments(t, args);
        if (RawValues.allRaw(t.params()) && RawValues.allRaw(t.results())) {
            return callUnchecked(t, args);
        }
        return callChecked(t, args);
    }

    /**
     * Through raw slots and {@code wasmtime_func_call_unchecked}: safe because the arguments' types were checked
     * above and every value of these parameter types is valid; about 100 ns faster than the checked call.
     */
    private Val[] callUnchecked(FuncType t, Val[] args) {
        boolean claimed = store.enter();
        ScratchStack scratch = store.scratch();
        long mark = scratch.mark();
        try {
            int count = Math.max(1, Math.max(args.length, t.results().size()));
            MemorySegment func = scratch.allocate(16);
            writeTo(func);
            MemorySegment slots = scratch.allocate(RawValues.SLOT * count);
            MemorySegment trap = scratch.allocate(ADDRESS.byteSize());
            for (int i = 0; i < args.length; i++) {
                RawValues.write(store, slots, i, t.params().get(i), args[i]);
            }
            MemorySegment error = wasmtime_h.wasmtime_func_call_unchecked(store.context(), func, slots, count, trap);
            CallFailures.throwIfFailed(store, error, trap);
            Val[] out = new Val[t.results().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = RawValues.read(store, slots, i, t.results().get(i));
            }
            return out;
        } finally {
            scratch.reset(mark);
            store.exit(claimed);
        }
    }

    /** Through {@code wasmtime_val_t}s and {@code wasmtime_func_call}, which checks typed references. */
    private Val[] callChecked(FuncType t, Val[] args) {
        boolean claimed = store.enter();
        ScratchStack scratch = store.scratch();
        long mark = scratch.mark();
        try {
            int n = args.length;
            int m = t.results().size();
            MemorySegment func = scratch.allocate(16);
            writeTo(func);
            MemorySegment params = scratch.allocate(ValCodec.SIZE * Math.max(1, n));
            MemorySegment results = scratch.allocate(ValCodec.SIZE * Math.max(1, m));
            MemorySegment trap = scratch.allocate(ADDRESS.byteSize());
            MemorySegment error;
            int written = 0;
            try {
                for (; written < n; written++) {
                    ValCodec.write(store, args[written], params.asSlice(ValCodec.SIZE * written, ValCodec.SIZE));
                }
                error = wasmtime_h.wasmtime_func_call(store.context(), func, params, n, results, m, trap);
            } finally {
                for (int i = 0; i < written; i++) {
                    ValCodec.release(params.asSlice(ValCodec.SIZE * i, ValCodec.SIZE));
                }
            }
            CallFailures.throwIfFailed(store, error, trap);
            Val[] out = new Val[m];
            for (int i = 0; i < m; i++) {
                MemorySegment slot = results.asSlice(ValCodec.SIZE * i, ValCodec.SIZE);
                out[i] = ValCodec.read(store, slot, t.results().get(i));
                ValCodec.release(slot);
            }
            return out;
        } finally {
            scratch.reset(mark);
            store.exit(claimed);
        }
    }

    static void checkArguments(FuncType type, Val[] args) {
        List<ValType> params = type.params();
        if (args.length != params.size()) {
            throw new WasmException("function " + type + " takes " + params.size() + " arguments, got " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            Val a = args[i];
            ValType p = params.get(i);
            boolean fits = a != null && (p instanceof RefType r
                    ? a.type() instanceof RefType v && (a.ref() != null || r.nullable())
                            && RefFamily.of(v, a.ref()) == RefFamily.of(r, a.ref())
                    : a.type() == p);
            if (!fits) {
                throw new WasmException("argument " + i + " is " + a + ", expected a value of type " + p);
            }
        }
    }

    @Override
    public <I> I typed(Class<I> functionalInterface) {
        TypedView last = lastView;
        if (last != null && last.iface() == functionalInterface) {
            return functionalInterface.cast(last.view());
        }
        I view = TypedCalls.create(this, functionalInterface);
        lastView = new TypedView(functionalInterface, view);
        return view;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WasmtimeFunc f && f.store == store && f.storeId == storeId && f.handle == handle;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(handle) * 31 + Long.hashCode(storeId);
    }

    @Override
    public String toString() {
        FuncType t = type;
        return "func" + (t != null ? " " + t : "") + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
