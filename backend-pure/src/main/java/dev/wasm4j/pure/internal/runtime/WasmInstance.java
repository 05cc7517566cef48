package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Caller;
import dev.wasm4j.Extern;
import dev.wasm4j.Store;

import java.util.Map;
import java.util.Optional;

/**
 * The state of one module instance, passed to every compiled function as its trailing argument. Compiled
 * code reads the public fields directly; they are filled in by the instantiator. It is also the
 * {@link Caller} host functions see when this instance calls them.
 */
public final class WasmInstance implements Caller {
    /** Memory 0, the one every memory instruction of WebAssembly 2.0 uses (null if none). */
    public WasmMemory memory;
    public WasmMemory[] memories;
    public WasmTable[] tables;
    public WasmGlobal[] globals;
    /** Exception tags, imported ones first; compared by identity. */
    public WasmTag[] tags = new WasmTag[0];
    /** The function index space: imports first, then the module's own functions. */
    public WasmFunction[] functions;
    /** Data segments by index; a dropped segment is empty. */
    public byte[][] data;
    /** Element segments by index (resolved references); a dropped segment is empty. */
    public Object[][] elements;

    private final PureStore store;
    private Map<String, Extern> exports = Map.of();

    public WasmInstance(PureStore store) {
        this.store = store;
    }

    public PureStore pureStore() {
        return store;
    }

    public void setExports(Map<String, Extern> exports) {
        this.exports = exports;
    }

    public Map<String, Extern> exports() {
        return exports;
    }

    @Override
    public Store<?> store() {
        return store.store();
    }

    @Override
    public Optional<Extern> export(String name) {
        return Optional.ofNullable(exports.get(name));
    }

    // ---- small operations compiled code calls

    public void dataDrop(int segment) {
        data[segment] = EMPTY_BYTES;
    }

    public void elemDrop(int segment) {
        elements[segment] = EMPTY_REFS;
    }

    private static final byte[] EMPTY_BYTES = new byte[0];
    private static final Object[] EMPTY_REFS = new Object[0];
}
