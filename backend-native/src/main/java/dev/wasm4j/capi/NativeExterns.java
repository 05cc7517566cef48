package dev.wasm4j.capi;

import dev.wasm4j.Extern;
import dev.wasm4j.ExternType;
import dev.wasm4j.Feature;
import dev.wasm4j.FuncType;
import dev.wasm4j.GlobalType;
import dev.wasm4j.MemoryType;
import dev.wasm4j.TableType;
import dev.wasm4j.TagType;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Java externs for the {@code wasmtime_extern_t}s wasmtime hands out (instance exports, a caller's
 * exports). The type comes from the module's export list when known; otherwise it is asked from wasmtime.
 */
final class NativeExterns {
    private NativeExterns() {
    }

    /** The extern at {@code externT}; {@code type} may be null. The caller holds the store. */
    static Extern wrap(WasmtimeStore store, MemorySegment externT, ExternType type) {
        byte kind = externT.get(JAVA_BYTE, wasmtime_h.EXTERN_KIND);
        MemorySegment of = externT.asSlice(wasmtime_h.EXTERN_OF, ExternHandle.SIZE);
        return switch (kind) {
            case wasmtime_h.WASMTIME_EXTERN_FUNC -> new WasmtimeFunc(store, of.get(JAVA_LONG, 0), of.get(JAVA_LONG, 8),
                    (FuncType) type);
            case wasmtime_h.WASMTIME_EXTERN_MEMORY -> new WasmtimeMemory(store, ExternHandle.read(of),
                    type != null ? (MemoryType) type : WasmtimeTypes.memoryType(store, of));
            case wasmtime_h.WASMTIME_EXTERN_TABLE -> new WasmtimeTable(store, ExternHandle.read(of),
                    type != null ? (TableType) type : WasmtimeTypes.tableType(store, of));
            case wasmtime_h.WASMTIME_EXTERN_GLOBAL -> new WasmtimeGlobal(store, ExternHandle.read(of),
                    type != null ? (GlobalType) type : WasmtimeTypes.globalType(store, of));
            case wasmtime_h.WASMTIME_EXTERN_TAG -> new WasmtimeTag(store, ExternHandle.read(of),
                    type != null ? (TagType) type : WasmtimeTypes.tagType(store, of));
            case wasmtime_h.WASMTIME_EXTERN_SHAREDMEMORY -> WasmtimeSharedMemory.adopt(store,
                    externT.get(ADDRESS, wasmtime_h.EXTERN_OF), (MemoryType) type);
            default -> throw new IllegalStateException("unknown extern kind " + kind);
        };
    }

    /** The types of externs without a module to tell them, asked from wasmtime. */
    static final class WasmtimeTypes {
        private WasmtimeTypes() {
        }

        static MemoryType memoryType(WasmtimeStore store, MemorySegment memory) {
            MemorySegment type = wasmtime_h.wasmtime_memory_type(store.context(), memory);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                return reader.memoryType(type);
            } finally {
                wasm_h.wasm_memorytype_delete(type);
            }
        }

        /**
         * Limits past 32 bits cannot be read from a table type without aborting: with memory64 on (the only way
         * to make such a table), the current size stands for the minimum and the maximum is not told.
         */
        static TableType tableType(WasmtimeStore store, MemorySegment table) {
            MemorySegment type = wasmtime_h.wasmtime_table_type(store.context(), table);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                if (store.engine().features().has(Feature.MEMORY64)) {
                    long size = wasmtime_h.wasmtime_table_size(store.context(), table);
                    return reader.tableType(type, new BinaryLayout.TableLimits(size, Optional.empty(), false));
                }
                return reader.tableType(type, null);
            } finally {
                wasm_h.wasm_tabletype_delete(type);
            }
        }

        static GlobalType globalType(WasmtimeStore store, MemorySegment global) {
            MemorySegment type = wasmtime_h.wasmtime_global_type(store.context(), global);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                return reader.globalType(type);
            } finally {
                wasm_h.wasm_globaltype_delete(type);
            }
        }

        static TagType tagType(WasmtimeStore store, MemorySegment tag) {
            MemorySegment type = wasmtime_h.wasmtime_tag_type(store.context(), tag);
            try (NativeTypeReader reader = new NativeTypeReader()) {
                return new TagType(reader.funcType(wasm_h.wasm_tagtype_functype(type)));
            } finally {
                wasm_h.wasm_tagtype_delete(type);
            }
        }
    }
}
