package dev.wasm4j.capi;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.ExternType;
import dev.wasm4j.FuncType;
import dev.wasm4j.GlobalType;
import dev.wasm4j.HeapType;
import dev.wasm4j.MemoryType;
import dev.wasm4j.RefType;
import dev.wasm4j.TableType;
import dev.wasm4j.TagType;
import dev.wasm4j.ValType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Turns wasmtime's type objects into API types. Value types go through {@code wasmtime_valtype_new}, which
 * knows every type ({@code wasm_valtype_kind} aborts on v128 and typed references). A concrete heap type
 * becomes its abstract supertype ({@code func}, {@code struct}, {@code array}, {@code exn}): the C API
 * does not tell the type's index in the module.
 *
 * <p>Table limits are not read from the C API ({@code wasm_tabletype_limits} aborts past 32 bits and does
 * not tell table64): the caller passes those the module's bytes state, see {@link BinaryLayout}.
 */
final class NativeTypeReader implements AutoCloseable {
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment valtype = arena.allocate(wasmtime_h.wasmtime_valtype_t);
    private final MemorySegment u64 = arena.allocate(JAVA_LONG);

    /** The type of an extern; {@code table} gives a table's limits (null: read the 32-bit ones). */
    ExternType externType(MemorySegment type, BinaryLayout.TableLimits table) {
        byte kind = wasm_h.wasm_externtype_kind(type);
        return switch (kind) {
            case wasm_h.WASM_EXTERN_FUNC -> funcType(wasm_h.wasm_externtype_as_functype_const(type));
            case wasm_h.WASM_EXTERN_GLOBAL -> globalType(wasm_h.wasm_externtype_as_globaltype_const(type));
            case wasm_h.WASM_EXTERN_TABLE -> tableType(wasm_h.wasm_externtype_as_tabletype_const(type), table);
            case wasm_h.WASM_EXTERN_MEMORY -> memoryType(wasm_h.wasm_externtype_as_memorytype_const(type));
            case wasm_h.WASM_EXTERN_TAG -> new TagType(funcType(wasm_h.wasm_tagtype_functype(
                    wasm_h.wasm_externtype_as_tagtype_const(type))));
            default -> throw new IllegalStateException("unknown extern kind " + kind);
        };
    }

    FuncType funcType(MemorySegment functype) {
        return new FuncType(valTypes(wasm_h.wasm_functype_params(functype)),
                valTypes(wasm_h.wasm_functype_results(functype)));
    }

    private List<ValType> valTypes(MemorySegment vec) {
        long size = vec.get(JAVA_LONG, wasm_h.VEC_SIZE_OFFSET);
        MemorySegment data = vec.get(ADDRESS, wasm_h.VEC_DATA_OFFSET).reinterpret(size * ADDRESS.byteSize());
        List<ValType> types = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            types.add(valType(data.getAtIndex(ADDRESS, i)));
        }
        return types;
    }

    GlobalType globalType(MemorySegment type) {
        return new GlobalType(valType(wasm_h.wasm_globaltype_content(type)),
                wasm_h.wasm_globaltype_mutability(type) == wasm_h.WASM_VAR);
    }

    TableType tableType(MemorySegment type, BinaryLayout.TableLimits limits) {
        RefType element = (RefType) valType(wasm_h.wasm_tabletype_element(type));
        if (limits != null) {
            return new TableType(element, limits.minimum(),
                    limits.maximum().map(OptionalLong::of).orElse(OptionalLong.empty()), limits.table64());
        }
        MemorySegment l = wasm_h.wasm_tabletype_limits(type);
        long max = Integer.toUnsignedLong(l.get(JAVA_INT, 4));
        return TableType.of(element, Integer.toUnsignedLong(l.get(JAVA_INT, 0)),
                max == 0xFFFF_FFFFL ? OptionalLong.empty() : OptionalLong.of(max));
    }

    MemoryType memoryType(MemorySegment type) {
        long min = wasmtime_h.wasmtime_memorytype_minimum(type);
        OptionalLong max = wasmtime_h.wasmtime_memorytype_maximum(type, u64)
                ? OptionalLong.of(u64.get(JAVA_LONG, 0)) : OptionalLong.empty();
        return new MemoryType(min, max, wasmtime_h.wasmtime_memorytype_is64(type),
                wasmtime_h.wasmtime_memorytype_isshared(type), wasmtime_h.wasmtime_memorytype_page_size_log2(type));
    }

    ValType valType(MemorySegment wasmValtype) {
        wasmtime_h.wasmtime_valtype_new(wasmValtype, valtype);
        try {
            byte kind = valtype.get(JAVA_BYTE, wasmtime_h.VALTYPE_KIND);
            return switch (kind) {
                case wasmtime_h.WASMTIME_VALTYPE_KIND_I32 -> ValType.I32;
                case wasmtime_h.WASMTIME_VALTYPE_KIND_I64 -> ValType.I64;
                case wasmtime_h.WASMTIME_VALTYPE_KIND_F32 -> ValType.F32;
                case wasmtime_h.WASMTIME_VALTYPE_KIND_F64 -> ValType.F64;
                case wasmtime_h.WASMTIME_VALTYPE_KIND_V128 -> ValType.V128;
                case wasmtime_h.WASMTIME_VALTYPE_KIND_REF -> refType(
                        valtype.get(JAVA_BOOLEAN, wasmtime_h.VALTYPE_REF_NULLABLE),
                        valtype.get(JAVA_BYTE, wasmtime_h.VALTYPE_REF_HEAP_KIND));
                default -> throw new IllegalStateException("unknown value type kind " + kind);
            };
        } finally {
            wasmtime_h.wasmtime_valtype_delete(valtype);
        }
    }

    static RefType refType(boolean nullable, byte heapKind) {
        HeapType heap = switch (heapKind) {
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_EXTERN -> AbstractHeapType.EXTERN;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOEXTERN -> AbstractHeapType.NOEXTERN;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_FUNC, wasmtime_h.WASMTIME_HEAPTYPE_KIND_CONCRETE_FUNC ->
                    AbstractHeapType.FUNC;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOFUNC -> AbstractHeapType.NOFUNC;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_ANY -> AbstractHeapType.ANY;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_NONE -> AbstractHeapType.NONE;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_EQ -> AbstractHeapType.EQ;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_I31 -> AbstractHeapType.I31;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_ARRAY, wasmtime_h.WASMTIME_HEAPTYPE_KIND_CONCRETE_ARRAY ->
                    AbstractHeapType.ARRAY;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_STRUCT, wasmtime_h.WASMTIME_HEAPTYPE_KIND_CONCRETE_STRUCT ->
                    AbstractHeapType.STRUCT;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_EXN, wasmtime_h.WASMTIME_HEAPTYPE_KIND_CONCRETE_EXN ->
                    AbstractHeapType.EXN;
            case wasmtime_h.WASMTIME_HEAPTYPE_KIND_NOEXN -> AbstractHeapType.NOEXN;
            default -> throw new IllegalStateException("unknown heap type kind " + heapKind);
        };
        RefType type = new RefType(nullable, heap);
        if (type.equals(RefType.FUNCREF)) {
            return RefType.FUNCREF;
        }
        return type.equals(RefType.EXTERNREF) ? RefType.EXTERNREF : type;
    }

    @Override
    public void close() {
        arena.close();
    }
}
