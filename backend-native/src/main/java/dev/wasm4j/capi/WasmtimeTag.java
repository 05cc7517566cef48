package dev.wasm4j.capi;

import dev.wasm4j.Tag;
import dev.wasm4j.TagType;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/** A {@code wasmtime_tag_t} (exception handling): only passed along between instances. */
final class WasmtimeTag implements Tag, WasmtimeExtern {
    private final WasmtimeStore store;
    private final ExternHandle handle;
    private final TagType type;

    WasmtimeTag(WasmtimeStore store, ExternHandle handle, TagType type) {
        this.store = store;
        this.handle = handle;
        this.type = type;
    }

    @Override
    public WasmtimeStore store() {
        return store;
    }

    @Override
    public void writeExtern(MemorySegment externT) {
        externT.set(JAVA_BYTE, wasmtime_h.EXTERN_KIND, wasmtime_h.WASMTIME_EXTERN_TAG);
        handle.write(externT.asSlice(wasmtime_h.EXTERN_OF, ExternHandle.SIZE));
    }

    @Override
    public TagType type() {
        return type;
    }

    @Override
    public String toString() {
        return "tag " + type + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
