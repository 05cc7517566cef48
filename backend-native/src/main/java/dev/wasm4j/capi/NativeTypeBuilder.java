package dev.wasm4j.capi;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.FuncType;
import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * Makes wasmtime type objects from API types, for what the host creates (functions, globals, tables).
 * Every result is owned by the caller. Concrete heap types cannot be made: the C API builds them only from
 * type objects of a module, which the API does not name.
 */
final class NativeTypeBuilder {
    private NativeTypeBuilder() {
    }

    /** An owned {@code wasm_valtype_t}. */
    static MemorySegment valType(ValType type) {
        if (type instanceof NumType n) {
            return wasm_h.wasm_valtype_new(switch (n) {
                case I32 -> wasm_h.WASM_I32;
                case I64 -> wasm_h.WASM_I64;
                case F32 -> wasm_h.WASM_F32;
                case F64 -> wasm_h.WASM_F64;
            });
        }
        if (type == ValType.V128) {
            return wasmtime_h.wasmtime_wasm_valtype_v128();
        }
        RefType ref = (RefType) type;
        if (ref.equals(RefType.FUNCREF)) {
            return wasm_h.wasm_valtype_new(wasm_h.WASM_FUNCREF);
        }
        if (ref.equals(RefType.EXTERNREF)) {
            return wasm_h.wasm_valtype_new(wasm_h.WASM_EXTERNREF);
        }
        if (!(ref.heapType() instanceof AbstractHeapType heap)) {
            throw new WasmException("backend " + WasmtimeBackend.NAME + " cannot create host functions, globals or"
                    + " tables of a concrete reference type (" + type + ")");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vt = arena.allocate(wasmtime_h.wasmtime_valtype_t);
            vt.set(JAVA_BYTE, wasmtime_h.VALTYPE_KIND, wasmtime_h.WASMTIME_VALTYPE_KIND_REF);
            vt.set(JAVA_BOOLEAN, wasmtime_h.VALTYPE_REF_NULLABLE, ref.nullable());
            vt.set(JAVA_BYTE, wasmtime_h.VALTYPE_REF_HEAP_KIND, heapKind(heap));
            // The engine is only consulted for concrete types, which do not get here.
            return wasmtime_h.wasmtime_valtype_to_wasm(MemorySegment.NULL, vt);
        }
    }

    private static byte heapKind(AbstractHeapType heap) {
        return switch (heap) {
            case FUNC -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_FUNC;
            case EXTERN -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_EXTERN;
            case ANY -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_ANY;
            case EQ -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_EQ;
            case I31 -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_I31;
            case STRUCT -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_STRUCT;
            case ARRAY -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_ARRAY;
            case EXN -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_EXN;
            case NONE -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_NONE;
            case NOFUNC -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOFUNC;
            case NOEXTERN -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOEXTERN;
            case NOEXN -> wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOEXN;
        };
    }

    /** An owned {@code wasm_functype_t}. */
    static MemorySegment funcType(FuncType type) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment params = valTypeVec(arena, type.params());
            MemorySegment results = valTypeVec(arena, type.results());
            return wasm_h.wasm_functype_new(params, results);
        }
    }

    /** A {@code wasm_valtype_vec_t} (in {@code arena}) owning new valtypes. */
    private static MemorySegment valTypeVec(Arena arena, List<ValType> types) {
        MemorySegment vec = arena.allocate(wasm_h.wasm_vec_t);
        MemorySegment data = arena.allocate(ADDRESS, Math.max(1, types.size()));
        for (int i = 0; i < types.size(); i++) {
            data.setAtIndex(ADDRESS, i, valType(types.get(i)));
        }
        wasm_h.wasm_valtype_vec_new(vec, types.size(), data);
        return vec;
    }
}
