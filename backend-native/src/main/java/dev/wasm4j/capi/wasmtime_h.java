package dev.wasm4j.capi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.UnionLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Hand-written bindings for wasmtime's own C API ({@code wasmtime.h} and the {@code wasmtime/*.h} it
 * includes), version {@value WasmtimeLibrary#VERSION}, in jextract's layout: a {@link MethodHandle} per
 * function in a {@code static final} field, a static method of the C name calling it, a {@link MemoryLayout}
 * per struct. Only what backend-native uses is bound. The standard part ({@code wasm.h}) is in {@link wasm_h}.
 *
 * <p>To check or regenerate against the headers: {@code native-src/wasmtime/fetch.sh --headers} puts the
 * pinned version's {@code include/} (with a {@code wasmtime/conf.h} that defines every feature) under
 * {@code ~/.cache/wasm4j/native/wasmtime-VERSION/}. Compare each declaration here with its header
 * ({@code wasmtime/func.h}, {@code store.h}, {@code val.h}, ...), or run jextract on {@code include/wasmtime.h}
 * and diff. After a version change, also check the facts {@link LayoutCheck} verifies at start-up and the
 * trap codes of {@code wasmtime/trap.h} that {@code TrapMapper} maps.
 *
 * <p>Types map as in {@link wasm_h}; a {@code uint8_t} parameter is passed as a zero-extended {@code JAVA_INT}
 * (see there why).
 *
 * <p>The layouts are those of a library built with {@code WASMTIME_FEATURE_GC} (the wheel's is): it widens
 * the value union to hold the 24-byte GC references, so {@code wasmtime_val_t} is 32 bytes (24 without).
 * In {@code wasmtime_table_t}, {@code wasmtime_memory_t} and {@code wasmtime_tag_t} the anonymous inner
 * struct keeps its padding, which makes them 24 bytes, not 16.
 */
public final class wasmtime_h {
    private wasmtime_h() {
    }

    // ---- layouts

    public static final StructLayout wasmtime_func_t = MemoryLayout.structLayout(
            JAVA_LONG.withName("store_id"), ADDRESS.withName("__private")).withName("wasmtime_func");

    /** The anonymous {@code struct { uint64_t store_id; uint32_t __private1; }}, padded to 16 bytes. */
    private static final StructLayout STORE_ID_AND_INDEX = MemoryLayout.structLayout(
            JAVA_LONG.withName("store_id"), JAVA_INT.withName("__private1"), MemoryLayout.paddingLayout(4));

    public static final StructLayout wasmtime_table_t = MemoryLayout.structLayout(
            STORE_ID_AND_INDEX.withName("id"), JAVA_INT.withName("__private2"), MemoryLayout.paddingLayout(4))
            .withName("wasmtime_table");
    public static final StructLayout wasmtime_memory_t = MemoryLayout.structLayout(
            STORE_ID_AND_INDEX.withName("id"), JAVA_INT.withName("__private2"), MemoryLayout.paddingLayout(4))
            .withName("wasmtime_memory");
    public static final StructLayout wasmtime_tag_t = MemoryLayout.structLayout(
            STORE_ID_AND_INDEX.withName("id"), JAVA_INT.withName("__private2"), MemoryLayout.paddingLayout(4))
            .withName("wasmtime_tag");
    public static final StructLayout wasmtime_global_t = MemoryLayout.structLayout(
            JAVA_LONG.withName("store_id"), JAVA_INT.withName("__private1"), JAVA_INT.withName("__private2"),
            JAVA_INT.withName("__private3"), MemoryLayout.paddingLayout(4)).withName("wasmtime_global");
    public static final StructLayout wasmtime_instance_t = MemoryLayout.structLayout(
            JAVA_LONG.withName("store_id"), JAVA_LONG.withName("__private")).withName("wasmtime_instance");

    public static final UnionLayout wasmtime_extern_union_t = MemoryLayout.unionLayout(
            wasmtime_func_t.withName("func"), wasmtime_global_t.withName("global"),
            wasmtime_table_t.withName("table"), wasmtime_memory_t.withName("memory"),
            ADDRESS.withName("sharedmemory"), wasmtime_tag_t.withName("tag")).withName("wasmtime_extern_union");
    public static final StructLayout wasmtime_extern_t = MemoryLayout.structLayout(
            JAVA_BYTE.withName("kind"), MemoryLayout.paddingLayout(7), wasmtime_extern_union_t.withName("of"))
            .withName("wasmtime_extern");

    /** {@code wasmtime_anyref_t}, {@code wasmtime_externref_t} and {@code wasmtime_exnref_t} share it. */
    public static final StructLayout wasmtime_gcref_t = MemoryLayout.structLayout(
            JAVA_LONG.withName("store_id"), JAVA_INT.withName("__private1"), JAVA_INT.withName("__private2"),
            ADDRESS.withName("__private3"));
    public static final StructLayout wasmtime_externref_t = wasmtime_gcref_t.withName("wasmtime_externref");

    public static final UnionLayout wasmtime_valunion_t = MemoryLayout.unionLayout(
            JAVA_INT.withName("i32"), JAVA_LONG.withName("i64"), JAVA_FLOAT.withName("f32"),
            JAVA_DOUBLE.withName("f64"), wasmtime_gcref_t.withName("anyref"), wasmtime_gcref_t.withName("externref"),
            wasmtime_gcref_t.withName("exnref"), wasmtime_func_t.withName("funcref"),
            MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName("v128")).withName("wasmtime_valunion");
    public static final StructLayout wasmtime_val_t = MemoryLayout.structLayout(
            JAVA_BYTE.withName("kind"), MemoryLayout.paddingLayout(7), wasmtime_valunion_t.withName("of"))
            .withName("wasmtime_val");

    public static final UnionLayout wasmtime_val_raw_t = MemoryLayout.unionLayout(
            JAVA_INT.withName("i32"), JAVA_LONG.withName("i64"), JAVA_FLOAT.withName("f32"),
            JAVA_DOUBLE.withName("f64"), MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName("v128"),
            JAVA_INT.withName("anyref"), JAVA_INT.withName("externref"), JAVA_INT.withName("exnref"),
            ADDRESS.withName("funcref")).withName("wasmtime_val_raw");

    public static final StructLayout wasmtime_heaptype_t = MemoryLayout.structLayout(
            JAVA_BYTE.withName("kind"), MemoryLayout.paddingLayout(7), ADDRESS.withName("of"))
            .withName("wasmtime_heaptype");
    public static final StructLayout wasmtime_reftype_t = MemoryLayout.structLayout(
            JAVA_BOOLEAN.withName("nullable"), MemoryLayout.paddingLayout(7), wasmtime_heaptype_t.withName("heaptype"))
            .withName("wasmtime_reftype");
    public static final StructLayout wasmtime_valtype_t = MemoryLayout.structLayout(
            JAVA_BYTE.withName("kind"), MemoryLayout.paddingLayout(7), wasmtime_reftype_t.withName("reftype"))
            .withName("wasmtime_valtype");

    // Offsets the hot paths use directly.
    public static final long VAL_KIND = 0;
    public static final long VAL_OF = 8;
    public static final long EXTERN_KIND = 0;
    public static final long EXTERN_OF = 8;
    public static final long VALTYPE_KIND = 0;
    public static final long VALTYPE_REF_NULLABLE = 8;
    public static final long VALTYPE_REF_HEAP_KIND = 16;

    // wasmtime_valkind_t
    public static final byte WASMTIME_I32 = 0;
    public static final byte WASMTIME_I64 = 1;
    public static final byte WASMTIME_F32 = 2;
    public static final byte WASMTIME_F64 = 3;
    public static final byte WASMTIME_V128 = 4;
    public static final byte WASMTIME_FUNCREF = 5;
    public static final byte WASMTIME_EXTERNREF = 6;
    public static final byte WASMTIME_ANYREF = 7;
    public static final byte WASMTIME_EXNREF = 8;

    // wasmtime_extern_kind_t
    public static final byte WASMTIME_EXTERN_FUNC = 0;
    public static final byte WASMTIME_EXTERN_GLOBAL = 1;
    public static final byte WASMTIME_EXTERN_TABLE = 2;
    public static final byte WASMTIME_EXTERN_MEMORY = 3;
    public static final byte WASMTIME_EXTERN_SHAREDMEMORY = 4;
    public static final byte WASMTIME_EXTERN_TAG = 5;

    // wasmtime_valtype_kind_t
    public static final byte WASMTIME_VALTYPE_KIND_I32 = 0;
    public static final byte WASMTIME_VALTYPE_KIND_I64 = 1;
    public static final byte WASMTIME_VALTYPE_KIND_F32 = 2;
    public static final byte WASMTIME_VALTYPE_KIND_F64 = 3;
    public static final byte WASMTIME_VALTYPE_KIND_V128 = 4;
    public static final byte WASMTIME_VALTYPE_KIND_REF = 5;

    // wasmtime_heaptype_kind_t
    public static final byte WASMTIME_HEAPTYPE_KIND_EXTERN = 0;
    public static final byte WASMTIME_HEAPTYPE_KIND_NOEXTERN = 1;
    public static final byte WASMTIME_HEAPTYPE_KIND_FUNC = 2;
    public static final byte WASMTIME_HEAPTYPE_KIND_CONCRETE_FUNC = 3;
    public static final byte WASMTIME_HEAPTYPE_KIND_NOFUNC = 4;
    public static final byte WASMTIME_HEAPTYPE_KIND_ANY = 5;
    public static final byte WASMTIME_HEAPTYPE_KIND_NONE = 6;
    public static final byte WASMTIME_HEAPTYPE_KIND_EQ = 7;
    public static final byte WASMTIME_HEAPTYPE_KIND_I31 = 8;
    public static final byte WASMTIME_HEAPTYPE_KIND_ARRAY = 9;
    public static final byte WASMTIME_HEAPTYPE_KIND_CONCRETE_ARRAY = 10;
    public static final byte WASMTIME_HEAPTYPE_KIND_STRUCT = 11;
    public static final byte WASMTIME_HEAPTYPE_KIND_CONCRETE_STRUCT = 12;
    public static final byte WASMTIME_HEAPTYPE_KIND_EXN = 13;
    public static final byte WASMTIME_HEAPTYPE_KIND_CONCRETE_EXN = 14;
    public static final byte WASMTIME_HEAPTYPE_KIND_NOEXN = 15;

    // ---- callback types (upcall stubs are made from these descriptors)

    /**
     * {@code wasm_trap_t *(*wasmtime_func_unchecked_callback_t)(void *env, wasmtime_caller_t *caller,
     * wasmtime_val_raw_t *args_and_results, size_t num_args_and_results)}.
     */
    public static final FunctionDescriptor wasmtime_func_unchecked_callback_t = FunctionDescriptor.of(
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG);
    /**
     * {@code wasm_trap_t *(*wasmtime_func_callback_t)(void *env, wasmtime_caller_t *caller,
     * const wasmtime_val_t *args, size_t nargs, wasmtime_val_t *results, size_t nresults)}.
     */
    public static final FunctionDescriptor wasmtime_func_callback_t = FunctionDescriptor.of(
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG);
    /** {@code void (*finalizer)(void *)}, for host data of functions and externrefs. */
    public static final FunctionDescriptor finalizer_t = FunctionDescriptor.ofVoid(ADDRESS);

    // ---- trap codes (wasmtime_trap_code_t), those a core wasm module can raise
    public static final byte WASMTIME_TRAP_CODE_STACK_OVERFLOW = 0;
    public static final byte WASMTIME_TRAP_CODE_MEMORY_OUT_OF_BOUNDS = 1;
    public static final byte WASMTIME_TRAP_CODE_HEAP_MISALIGNED = 2;
    public static final byte WASMTIME_TRAP_CODE_TABLE_OUT_OF_BOUNDS = 3;
    public static final byte WASMTIME_TRAP_CODE_INDIRECT_CALL_TO_NULL = 4;
    public static final byte WASMTIME_TRAP_CODE_BAD_SIGNATURE = 5;
    public static final byte WASMTIME_TRAP_CODE_INTEGER_OVERFLOW = 6;
    public static final byte WASMTIME_TRAP_CODE_INTEGER_DIVISION_BY_ZERO = 7;
    public static final byte WASMTIME_TRAP_CODE_BAD_CONVERSION_TO_INTEGER = 8;
    public static final byte WASMTIME_TRAP_CODE_UNREACHABLE_CODE_REACHED = 9;
    public static final byte WASMTIME_TRAP_CODE_INTERRUPT = 10;
    public static final byte WASMTIME_TRAP_CODE_OUT_OF_FUEL = 11;
    public static final byte WASMTIME_TRAP_CODE_ATOMIC_WAIT_NON_SHARED_MEMORY = 12;
    public static final byte WASMTIME_TRAP_CODE_NULL_REFERENCE = 13;
    public static final byte WASMTIME_TRAP_CODE_ARRAY_OUT_OF_BOUNDS = 14;
    public static final byte WASMTIME_TRAP_CODE_ALLOCATION_TOO_LARGE = 15;
    public static final byte WASMTIME_TRAP_CODE_CAST_FAILURE = 16;
    public static final byte WASMTIME_TRAP_CODE_DISABLED_OPCODE = 21;
    public static final byte WASMTIME_TRAP_CODE_UNCAUGHT_EXCEPTION = 49;

    // ---- config

    private static final MethodHandle wasmtime_config_max_wasm_stack_set$MH = Downcalls.downcall(
            "wasmtime_config_max_wasm_stack_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));

    public static void wasmtime_config_max_wasm_stack_set(MemorySegment config, long size) {
        try {
            wasmtime_config_max_wasm_stack_set$MH.invokeExact(config, size);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_consume_fuel_set$MH = Downcalls.downcall(
            "wasmtime_config_consume_fuel_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_consume_fuel_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_consume_fuel_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_epoch_interruption_set$MH = Downcalls.downcall(
            "wasmtime_config_epoch_interruption_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_epoch_interruption_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_epoch_interruption_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_threads_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_threads_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_threads_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_threads_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_shared_memory_set$MH = Downcalls.downcall(
            "wasmtime_config_shared_memory_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_shared_memory_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_shared_memory_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_tail_call_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_tail_call_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_tail_call_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_tail_call_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_reference_types_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_reference_types_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_reference_types_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_reference_types_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_function_references_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_function_references_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_function_references_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_function_references_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_gc_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_gc_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_gc_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_gc_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_simd_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_simd_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_simd_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_simd_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_relaxed_simd_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_relaxed_simd_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_relaxed_simd_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_relaxed_simd_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_bulk_memory_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_bulk_memory_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_bulk_memory_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_bulk_memory_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_multi_value_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_multi_value_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_multi_value_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_multi_value_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_multi_memory_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_multi_memory_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_multi_memory_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_multi_memory_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_memory64_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_memory64_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_memory64_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_memory64_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_wide_arithmetic_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_wide_arithmetic_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_wide_arithmetic_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_wide_arithmetic_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_exceptions_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_exceptions_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_exceptions_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_exceptions_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_custom_page_sizes_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_custom_page_sizes_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_custom_page_sizes_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_custom_page_sizes_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_component_model_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_component_model_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_component_model_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_component_model_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_component_model_async_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_component_model_async_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_component_model_async_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_component_model_async_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_component_model_more_async_builtins_set$MH =
            Downcalls.downcall("wasmtime_config_wasm_component_model_more_async_builtins_set",
                    FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_component_model_more_async_builtins_set(MemorySegment config,
            boolean enable) {
        try {
            wasmtime_config_wasm_component_model_more_async_builtins_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_wasm_component_model_async_stackful_set$MH = Downcalls.downcall(
            "wasmtime_config_wasm_component_model_async_stackful_set", FunctionDescriptor.ofVoid(ADDRESS,
                    JAVA_BOOLEAN));

    public static void wasmtime_config_wasm_component_model_async_stackful_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_wasm_component_model_async_stackful_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_config_concurrency_support_set$MH = Downcalls.downcall(
            "wasmtime_config_concurrency_support_set", FunctionDescriptor.ofVoid(ADDRESS, JAVA_BOOLEAN));

    public static void wasmtime_config_concurrency_support_set(MemorySegment config, boolean enable) {
        try {
            wasmtime_config_concurrency_support_set$MH.invokeExact(config, enable);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- engines (wasmtime/engine.h)

    /** Thread-safe (and async-signal-safe): any thread may advance the epoch while stores run. */
    private static final MethodHandle wasmtime_engine_increment_epoch$MH = Downcalls.downcall(
            "wasmtime_engine_increment_epoch", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_engine_increment_epoch(MemorySegment engine) {
        try {
            wasmtime_engine_increment_epoch$MH.invokeExact(engine);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- errors

    /** Fills a wasm_name_t the caller deletes with wasm_byte_vec_delete. */
    private static final MethodHandle wasmtime_error_message$MH = Downcalls.downcall(
            "wasmtime_error_message", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasmtime_error_message(MemorySegment error, MemorySegment message) {
        try {
            wasmtime_error_message$MH.invokeExact(error, message);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_error_delete$MH = Downcalls.downcall(
            "wasmtime_error_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_error_delete(MemorySegment error) {
        try {
            wasmtime_error_delete$MH.invokeExact(error);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Fills a wasm_frame_vec_t, empty when the error has no wasm frames. */
    private static final MethodHandle wasmtime_error_wasm_trace$MH = Downcalls.downcall(
            "wasmtime_error_wasm_trace", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasmtime_error_wasm_trace(MemorySegment error, MemorySegment out) {
        try {
            wasmtime_error_wasm_trace$MH.invokeExact(error, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- modules

    /** Returns an owned wasmtime_error_t, or NULL with the module in ret. */
    private static final MethodHandle wasmtime_module_new$MH = Downcalls.downcall(
            "wasmtime_module_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static MemorySegment wasmtime_module_new(MemorySegment engine, MemorySegment wasm, long wasmLen,
            MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_module_new$MH.invokeExact(engine, wasm, wasmLen, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_module_serialize$MH = Downcalls.downcall(
            "wasmtime_module_serialize", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    /** Fills {@code ret} (a wasm_byte_vec_t the caller deletes) with the module's compiled artifact. */
    public static MemorySegment wasmtime_module_serialize(MemorySegment module, MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_module_serialize$MH.invokeExact(module, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_module_deserialize$MH = Downcalls.downcall(
            "wasmtime_module_deserialize", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    /** Loads what wasmtime_module_serialize wrote (machine code: trusted input only). */
    public static MemorySegment wasmtime_module_deserialize(MemorySegment engine, MemorySegment bytes, long len,
            MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_module_deserialize$MH.invokeExact(engine, bytes, len, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_module_delete$MH = Downcalls.downcall(
            "wasmtime_module_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_module_delete(MemorySegment module) {
        try {
            wasmtime_module_delete$MH.invokeExact(module);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_module_validate$MH = Downcalls.downcall(
            "wasmtime_module_validate", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));

    public static MemorySegment wasmtime_module_validate(MemorySegment engine, MemorySegment wasm, long wasmLen) {
        try {
            return (MemorySegment) wasmtime_module_validate$MH.invokeExact(engine, wasm, wasmLen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Fills an owned wasm_importtype_vec_t. */
    private static final MethodHandle wasmtime_module_imports$MH = Downcalls.downcall(
            "wasmtime_module_imports", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasmtime_module_imports(MemorySegment module, MemorySegment out) {
        try {
            wasmtime_module_imports$MH.invokeExact(module, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Fills an owned wasm_exporttype_vec_t. */
    private static final MethodHandle wasmtime_module_exports$MH = Downcalls.downcall(
            "wasmtime_module_exports", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasmtime_module_exports(MemorySegment module, MemorySegment out) {
        try {
            wasmtime_module_exports$MH.invokeExact(module, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- stores

    private static final MethodHandle wasmtime_store_new$MH = Downcalls.downcall(
            "wasmtime_store_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_store_new(MemorySegment engine, MemorySegment data, MemorySegment finalizer) {
        try {
            return (MemorySegment) wasmtime_store_new$MH.invokeExact(engine, data, finalizer);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** The store's context; the same pointer for the store's whole life. */
    private static final MethodHandle wasmtime_store_context$MH = Downcalls.downcall(
            "wasmtime_store_context", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_store_context(MemorySegment store) {
        try {
            return (MemorySegment) wasmtime_store_context$MH.invokeExact(store);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_store_delete$MH = Downcalls.downcall(
            "wasmtime_store_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_store_delete(MemorySegment store) {
        try {
            wasmtime_store_delete$MH.invokeExact(store);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /**
     * Installs a {@code StoreLimits} limiter (replacing any earlier one); a negative value keeps wasmtime's
     * default for that limit: unlimited for the two sizes, 10000 for the three counts.
     */
    private static final MethodHandle wasmtime_store_limiter$MH = Downcalls.downcall(
            "wasmtime_store_limiter", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                    JAVA_LONG));

    public static void wasmtime_store_limiter(MemorySegment store, long memorySize, long tableElements,
            long instances, long tables, long memories) {
        try {
            wasmtime_store_limiter$MH.invokeExact(store, memorySize, tableElements, instances, tables, memories);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** {@code fuel} is a uint64_t. Returns an owned wasmtime_error_t when fuel is not enabled, else NULL. */
    private static final MethodHandle wasmtime_context_set_fuel$MH = Downcalls.downcall(
            "wasmtime_context_set_fuel", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));

    public static MemorySegment wasmtime_context_set_fuel(MemorySegment context, long fuel) {
        try {
            return (MemorySegment) wasmtime_context_set_fuel$MH.invokeExact(context, fuel);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Writes the fuel left to {@code *fuel} (a uint64_t); returns an owned wasmtime_error_t or NULL. */
    private static final MethodHandle wasmtime_context_get_fuel$MH = Downcalls.downcall(
            "wasmtime_context_get_fuel", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_context_get_fuel(MemorySegment context, MemorySegment fuel) {
        try {
            return (MemorySegment) wasmtime_context_get_fuel$MH.invokeExact(context, fuel);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** The deadline becomes the engine's current epoch plus {@code ticksBeyondCurrent} (uint64_t arithmetic). */
    private static final MethodHandle wasmtime_context_set_epoch_deadline$MH = Downcalls.downcall(
            "wasmtime_context_set_epoch_deadline", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));

    public static void wasmtime_context_set_epoch_deadline(MemorySegment context, long ticksBeyondCurrent) {
        try {
            wasmtime_context_set_epoch_deadline$MH.invokeExact(context, ticksBeyondCurrent);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- instances

    private static final MethodHandle wasmtime_instance_new$MH = Downcalls.downcall(
            "wasmtime_instance_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS,
                    ADDRESS));

    public static MemorySegment wasmtime_instance_new(MemorySegment store, MemorySegment module,
            MemorySegment imports, long nimports, MemorySegment instance, MemorySegment trap) {
        try {
            return (MemorySegment) wasmtime_instance_new$MH.invokeExact(store, module, imports, nimports, instance,
                    trap);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** name borrows from the store. */
    private static final MethodHandle wasmtime_instance_export_nth$MH = Downcalls.downcall(
            "wasmtime_instance_export_nth", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS,
                    ADDRESS, ADDRESS));

    public static boolean wasmtime_instance_export_nth(MemorySegment store, MemorySegment instance, long index,
            MemorySegment name, MemorySegment nameLen, MemorySegment item) {
        try {
            return (boolean) wasmtime_instance_export_nth$MH.invokeExact(store, instance, index, name, nameLen, item);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- functions

    /** Does not take the type. */
    private static final MethodHandle wasmtime_func_new$MH = Downcalls.downcall(
            "wasmtime_func_new", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static void wasmtime_func_new(MemorySegment store, MemorySegment type, MemorySegment callback,
            MemorySegment env, MemorySegment finalizer, MemorySegment ret) {
        try {
            wasmtime_func_new$MH.invokeExact(store, type, callback, env, finalizer, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Does not take the type. */
    private static final MethodHandle wasmtime_func_new_unchecked$MH = Downcalls.downcall(
            "wasmtime_func_new_unchecked", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS,
                    ADDRESS));

    public static void wasmtime_func_new_unchecked(MemorySegment store, MemorySegment type, MemorySegment callback,
            MemorySegment env, MemorySegment finalizer, MemorySegment ret) {
        try {
            wasmtime_func_new_unchecked$MH.invokeExact(store, type, callback, env, finalizer, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** An owned wasm_functype_t. */
    private static final MethodHandle wasmtime_func_type$MH = Downcalls.downcall(
            "wasmtime_func_type", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_func_type(MemorySegment store, MemorySegment func) {
        try {
            return (MemorySegment) wasmtime_func_type$MH.invokeExact(store, func);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_func_call$MH = Downcalls.downcall(
            "wasmtime_func_call", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS,
                    JAVA_LONG, ADDRESS));

    public static MemorySegment wasmtime_func_call(MemorySegment store, MemorySegment func, MemorySegment args,
            long nargs, MemorySegment results, long nresults, MemorySegment trap) {
        try {
            return (MemorySegment) wasmtime_func_call$MH.invokeExact(store, func, args, nargs, results, nresults, trap);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** No type checks: the caller guarantees the values' types and the store. */
    private static final MethodHandle wasmtime_func_call_unchecked$MH = Downcalls.downcall(
            "wasmtime_func_call_unchecked", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG,
                    ADDRESS));

    public static MemorySegment wasmtime_func_call_unchecked(MemorySegment store, MemorySegment func,
            MemorySegment argsAndResults, long len, MemorySegment trap) {
        try {
            return (MemorySegment) wasmtime_func_call_unchecked$MH.invokeExact(store, func, argsAndResults, len, trap);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_caller_export_get$MH = Downcalls.downcall(
            "wasmtime_caller_export_get", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static boolean wasmtime_caller_export_get(MemorySegment caller, MemorySegment name, long nameLen,
            MemorySegment item) {
        try {
            return (boolean) wasmtime_caller_export_get$MH.invokeExact(caller, name, nameLen, item);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_caller_context$MH = Downcalls.downcall(
            "wasmtime_caller_context", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_caller_context(MemorySegment caller) {
        try {
            return (MemorySegment) wasmtime_caller_context$MH.invokeExact(caller);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_func_from_raw$MH = Downcalls.downcall(
            "wasmtime_func_from_raw", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));

    public static void wasmtime_func_from_raw(MemorySegment store, MemorySegment raw, MemorySegment ret) {
        try {
            wasmtime_func_from_raw$MH.invokeExact(store, raw, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_func_to_raw$MH = Downcalls.downcall(
            "wasmtime_func_to_raw", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_func_to_raw(MemorySegment store, MemorySegment func) {
        try {
            return (MemorySegment) wasmtime_func_to_raw$MH.invokeExact(store, func);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- memories

    private static final MethodHandle wasmtime_memorytype_new$MH = Downcalls.downcall(
            "wasmtime_memorytype_new", FunctionDescriptor.of(ADDRESS, JAVA_LONG, JAVA_BOOLEAN, JAVA_LONG,
                    JAVA_BOOLEAN, JAVA_BOOLEAN, JAVA_INT, ADDRESS));

    public static MemorySegment wasmtime_memorytype_new(long min, boolean maxPresent, long max, boolean is64,
            boolean shared, byte pageSizeLog2, MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_memorytype_new$MH.invokeExact(min, maxPresent, max, is64, shared,
                    Byte.toUnsignedInt(pageSizeLog2), ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memorytype_minimum$MH = Downcalls.downcall(
            "wasmtime_memorytype_minimum", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    public static long wasmtime_memorytype_minimum(MemorySegment type) {
        try {
            return (long) wasmtime_memorytype_minimum$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memorytype_maximum$MH = Downcalls.downcall(
            "wasmtime_memorytype_maximum", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));

    public static boolean wasmtime_memorytype_maximum(MemorySegment type, MemorySegment max) {
        try {
            return (boolean) wasmtime_memorytype_maximum$MH.invokeExact(type, max);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memorytype_is64$MH = Downcalls.downcall(
            "wasmtime_memorytype_is64", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));

    public static boolean wasmtime_memorytype_is64(MemorySegment type) {
        try {
            return (boolean) wasmtime_memorytype_is64$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memorytype_isshared$MH = Downcalls.downcall(
            "wasmtime_memorytype_isshared", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));

    public static boolean wasmtime_memorytype_isshared(MemorySegment type) {
        try {
            return (boolean) wasmtime_memorytype_isshared$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memorytype_page_size_log2$MH = Downcalls.downcall(
            "wasmtime_memorytype_page_size_log2", FunctionDescriptor.of(JAVA_BYTE, ADDRESS));

    public static byte wasmtime_memorytype_page_size_log2(MemorySegment type) {
        try {
            return (byte) wasmtime_memorytype_page_size_log2$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memory_new$MH = Downcalls.downcall(
            "wasmtime_memory_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_memory_new(MemorySegment store, MemorySegment type, MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_memory_new$MH.invokeExact(store, type, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** An owned wasm_memorytype_t. */
    private static final MethodHandle wasmtime_memory_type$MH = Downcalls.downcall(
            "wasmtime_memory_type", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_memory_type(MemorySegment store, MemorySegment memory) {
        try {
            return (MemorySegment) wasmtime_memory_type$MH.invokeExact(store, memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Moves when the memory grows: read it again after anything that may grow it. */
    private static final MethodHandle wasmtime_memory_data$MH = Downcalls.downcall(
            "wasmtime_memory_data", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_memory_data(MemorySegment store, MemorySegment memory) {
        try {
            return (MemorySegment) wasmtime_memory_data$MH.invokeExact(store, memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memory_data_size$MH = Downcalls.downcall(
            "wasmtime_memory_data_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));

    public static long wasmtime_memory_data_size(MemorySegment store, MemorySegment memory) {
        try {
            return (long) wasmtime_memory_data_size$MH.invokeExact(store, memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** In pages. */
    private static final MethodHandle wasmtime_memory_size$MH = Downcalls.downcall(
            "wasmtime_memory_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));

    public static long wasmtime_memory_size(MemorySegment store, MemorySegment memory) {
        try {
            return (long) wasmtime_memory_size$MH.invokeExact(store, memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_memory_grow$MH = Downcalls.downcall(
            "wasmtime_memory_grow", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static MemorySegment wasmtime_memory_grow(MemorySegment store, MemorySegment memory, long delta,
            MemorySegment prevSize) {
        try {
            return (MemorySegment) wasmtime_memory_grow$MH.invokeExact(store, memory, delta, prevSize);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- shared memories (WASMTIME_FEATURE_THREADS)

    /** An engine-wide memory, owned by the caller. */
    private static final MethodHandle wasmtime_sharedmemory_new$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_sharedmemory_new(MemorySegment engine, MemorySegment type, MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_sharedmemory_new$MH.invokeExact(engine, type, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_sharedmemory_delete$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_sharedmemory_delete(MemorySegment memory) {
        try {
            wasmtime_sharedmemory_delete$MH.invokeExact(memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** An owned wasm_memorytype_t. */
    private static final MethodHandle wasmtime_sharedmemory_type$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_type", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_sharedmemory_type(MemorySegment memory) {
        try {
            return (MemorySegment) wasmtime_sharedmemory_type$MH.invokeExact(memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Never moves; only the size grows. */
    private static final MethodHandle wasmtime_sharedmemory_data$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_data", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_sharedmemory_data(MemorySegment memory) {
        try {
            return (MemorySegment) wasmtime_sharedmemory_data$MH.invokeExact(memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_sharedmemory_data_size$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_data_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    public static long wasmtime_sharedmemory_data_size(MemorySegment memory) {
        try {
            return (long) wasmtime_sharedmemory_data_size$MH.invokeExact(memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** In pages. */
    private static final MethodHandle wasmtime_sharedmemory_size$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    public static long wasmtime_sharedmemory_size(MemorySegment memory) {
        try {
            return (long) wasmtime_sharedmemory_size$MH.invokeExact(memory);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_sharedmemory_grow$MH = Downcalls.downcall(
            "wasmtime_sharedmemory_grow", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static MemorySegment wasmtime_sharedmemory_grow(MemorySegment memory, long delta, MemorySegment prevSize) {
        try {
            return (MemorySegment) wasmtime_sharedmemory_grow$MH.invokeExact(memory, delta, prevSize);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- tables

    private static final MethodHandle wasmtime_table_new$MH = Downcalls.downcall(
            "wasmtime_table_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_table_new(MemorySegment store, MemorySegment type, MemorySegment init,
            MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_table_new$MH.invokeExact(store, type, init, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** An owned wasm_tabletype_t. */
    private static final MethodHandle wasmtime_table_type$MH = Downcalls.downcall(
            "wasmtime_table_type", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_table_type(MemorySegment store, MemorySegment table) {
        try {
            return (MemorySegment) wasmtime_table_type$MH.invokeExact(store, table);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_table_get$MH = Downcalls.downcall(
            "wasmtime_table_get", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static boolean wasmtime_table_get(MemorySegment store, MemorySegment table, long index, MemorySegment val) {
        try {
            return (boolean) wasmtime_table_get$MH.invokeExact(store, table, index, val);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_table_set$MH = Downcalls.downcall(
            "wasmtime_table_set", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    public static MemorySegment wasmtime_table_set(MemorySegment store, MemorySegment table, long index,
            MemorySegment val) {
        try {
            return (MemorySegment) wasmtime_table_set$MH.invokeExact(store, table, index, val);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_table_size$MH = Downcalls.downcall(
            "wasmtime_table_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));

    public static long wasmtime_table_size(MemorySegment store, MemorySegment table) {
        try {
            return (long) wasmtime_table_size$MH.invokeExact(store, table);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_table_grow$MH = Downcalls.downcall(
            "wasmtime_table_grow", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_table_grow(MemorySegment store, MemorySegment table, long delta,
            MemorySegment init, MemorySegment prevSize) {
        try {
            return (MemorySegment) wasmtime_table_grow$MH.invokeExact(store, table, delta, init, prevSize);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- globals

    private static final MethodHandle wasmtime_global_new$MH = Downcalls.downcall(
            "wasmtime_global_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_global_new(MemorySegment store, MemorySegment type, MemorySegment val,
            MemorySegment ret) {
        try {
            return (MemorySegment) wasmtime_global_new$MH.invokeExact(store, type, val, ret);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** An owned wasm_globaltype_t. */
    private static final MethodHandle wasmtime_global_type$MH = Downcalls.downcall(
            "wasmtime_global_type", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_global_type(MemorySegment store, MemorySegment global) {
        try {
            return (MemorySegment) wasmtime_global_type$MH.invokeExact(store, global);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_global_get$MH = Downcalls.downcall(
            "wasmtime_global_get", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));

    public static void wasmtime_global_get(MemorySegment store, MemorySegment global, MemorySegment out) {
        try {
            wasmtime_global_get$MH.invokeExact(store, global, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_global_set$MH = Downcalls.downcall(
            "wasmtime_global_set", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_global_set(MemorySegment store, MemorySegment global, MemorySegment val) {
        try {
            return (MemorySegment) wasmtime_global_set$MH.invokeExact(store, global, val);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- tags

    /** An owned wasm_tagtype_t. */
    private static final MethodHandle wasmtime_tag_type$MH = Downcalls.downcall(
            "wasmtime_tag_type", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_tag_type(MemorySegment store, MemorySegment tag) {
        try {
            return (MemorySegment) wasmtime_tag_type$MH.invokeExact(store, tag);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- traps

    private static final MethodHandle wasmtime_trap_new$MH = Downcalls.downcall(
            "wasmtime_trap_new", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));

    public static MemorySegment wasmtime_trap_new(MemorySegment msg, long msgLen) {
        try {
            return (MemorySegment) wasmtime_trap_new$MH.invokeExact(msg, msgLen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** False when the trap was not raised by wasm code (a host's trap). */
    private static final MethodHandle wasmtime_trap_code$MH = Downcalls.downcall(
            "wasmtime_trap_code", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));

    public static boolean wasmtime_trap_code(MemorySegment trap, MemorySegment code) {
        try {
            return (boolean) wasmtime_trap_code$MH.invokeExact(trap, code);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** A borrowed wasm_name_t, or NULL. */
    private static final MethodHandle wasmtime_frame_func_name$MH = Downcalls.downcall(
            "wasmtime_frame_func_name", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_frame_func_name(MemorySegment frame) {
        try {
            return (MemorySegment) wasmtime_frame_func_name$MH.invokeExact(frame);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** A borrowed wasm_name_t, or NULL. */
    private static final MethodHandle wasmtime_frame_module_name$MH = Downcalls.downcall(
            "wasmtime_frame_module_name", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_frame_module_name(MemorySegment frame) {
        try {
            return (MemorySegment) wasmtime_frame_module_name$MH.invokeExact(frame);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- references (WASMTIME_FEATURE_GC)

    /** A rooted reference: unroot it when done. */
    private static final MethodHandle wasmtime_externref_new$MH = Downcalls.downcall(
            "wasmtime_externref_new", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS, ADDRESS, ADDRESS));

    public static boolean wasmtime_externref_new(MemorySegment store, MemorySegment data, MemorySegment finalizer,
            MemorySegment out) {
        try {
            return (boolean) wasmtime_externref_new$MH.invokeExact(store, data, finalizer, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_externref_data$MH = Downcalls.downcall(
            "wasmtime_externref_data", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_externref_data(MemorySegment store, MemorySegment ref) {
        try {
            return (MemorySegment) wasmtime_externref_data$MH.invokeExact(store, ref);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_externref_unroot$MH = Downcalls.downcall(
            "wasmtime_externref_unroot", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_externref_unroot(MemorySegment ref) {
        try {
            wasmtime_externref_unroot$MH.invokeExact(ref);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_externref_from_raw$MH = Downcalls.downcall(
            "wasmtime_externref_from_raw", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, ADDRESS));

    public static void wasmtime_externref_from_raw(MemorySegment store, int raw, MemorySegment out) {
        try {
            wasmtime_externref_from_raw$MH.invokeExact(store, raw, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_externref_to_raw$MH = Downcalls.downcall(
            "wasmtime_externref_to_raw", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));

    public static int wasmtime_externref_to_raw(MemorySegment store, MemorySegment ref) {
        try {
            return (int) wasmtime_externref_to_raw$MH.invokeExact(store, ref);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_val_unroot$MH = Downcalls.downcall(
            "wasmtime_val_unroot", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_val_unroot(MemorySegment val) {
        try {
            wasmtime_val_unroot$MH.invokeExact(val);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- value types

    /** Fills a wasmtime_valtype_t to delete with wasmtime_valtype_delete. */
    private static final MethodHandle wasmtime_valtype_new$MH = Downcalls.downcall(
            "wasmtime_valtype_new", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasmtime_valtype_new(MemorySegment type, MemorySegment out) {
        try {
            wasmtime_valtype_new$MH.invokeExact(type, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_valtype_delete$MH = Downcalls.downcall(
            "wasmtime_valtype_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasmtime_valtype_delete(MemorySegment type) {
        try {
            wasmtime_valtype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_valtype_to_wasm$MH = Downcalls.downcall(
            "wasmtime_valtype_to_wasm", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasmtime_valtype_to_wasm(MemorySegment engine, MemorySegment type) {
        try {
            return (MemorySegment) wasmtime_valtype_to_wasm$MH.invokeExact(engine, type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasmtime_wasm_valtype_v128$MH = Downcalls.downcall(
            "wasmtime_wasm_valtype_v128", FunctionDescriptor.of(ADDRESS));

    public static MemorySegment wasmtime_wasm_valtype_v128() {
        try {
            return (MemorySegment) wasmtime_wasm_valtype_v128$MH.invokeExact();
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }
}
