package dev.wasm4j.capi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Hand-written bindings for the standard {@code wasm.h} (the wasm-c-api every such library ships: wasmtime,
 * wasmi, ...), in the layout jextract produces: one class per header, a {@link MethodHandle} per function in a
 * {@code static final} field (so the JIT folds it), a static method of the C name calling it, and a
 * {@link MemoryLayout} per struct. Only what backend-native uses is bound.
 *
 * <p>To check or regenerate against the headers: {@code native-src/wasmtime/fetch.sh --headers} puts
 * {@code include/} of the pinned version under {@code ~/.cache/wasm4j/native/wasmtime-VERSION/}; then either
 * compare each declaration here with {@code include/wasm.h}, or run jextract ({@code jextract --output gen
 * -t dev.wasm4j.capi -I include include/wasm.h}) and diff the signatures. C {@code size_t} is
 * {@code JAVA_LONG} (64-bit targets only), {@code bool} is {@code JAVA_BOOLEAN}, a {@code uint8_t} result is
 * {@code JAVA_BYTE}. A {@code uint8_t} <em>parameter</em> is passed as a zero-extended {@code JAVA_INT}: the
 * library (Rust, like clang) assumes callers zero-extend 8-bit arguments to 32 bits, and Panama sign-extends
 * a {@code JAVA_BYTE}, so {@code WASM_FUNCREF} (129) would arrive as -127.
 *
 * <p>Functions of this header that wasmtime implements by aborting the process ({@code wasm_frame_instance},
 * {@code wasm_valtype_kind} on a v128 or a typed reference, {@code wasm_tabletype_limits} and
 * {@code wasm_memorytype_limits} past 32 bits) are not bound or are only used where they are safe.
 */
public final class wasm_h {
    private wasm_h() {
    }

    // ---- layouts

    /** Every {@code wasm_xxx_vec_t}: {@code size_t size; T* data}. */
    public static final StructLayout wasm_byte_vec_t = MemoryLayout.structLayout(
            JAVA_LONG.withName("size"), ADDRESS.withName("data")).withName("wasm_byte_vec_t");
    /** {@code wasm_valtype_vec_t}, {@code wasm_importtype_vec_t}, ...: the same shape as the byte vector. */
    public static final StructLayout wasm_vec_t = wasm_byte_vec_t;
    public static final StructLayout wasm_limits_t = MemoryLayout.structLayout(
            JAVA_INT.withName("min"), JAVA_INT.withName("max")).withName("wasm_limits_t");

    public static final long VEC_SIZE_OFFSET = 0;
    public static final long VEC_DATA_OFFSET = 8;

    // wasm_valkind_t
    public static final byte WASM_I32 = 0;
    public static final byte WASM_I64 = 1;
    public static final byte WASM_F32 = 2;
    public static final byte WASM_F64 = 3;
    public static final byte WASM_EXTERNREF = (byte) 128;
    public static final byte WASM_FUNCREF = (byte) 129;

    // wasm_mutability_t
    public static final byte WASM_CONST = 0;
    public static final byte WASM_VAR = 1;

    // wasm_externkind_t
    public static final byte WASM_EXTERN_FUNC = 0;
    public static final byte WASM_EXTERN_GLOBAL = 1;
    public static final byte WASM_EXTERN_TABLE = 2;
    public static final byte WASM_EXTERN_MEMORY = 3;
    public static final byte WASM_EXTERN_TAG = 4;

    // ---- config and engine

    private static final MethodHandle wasm_config_new$MH = Downcalls.downcall("wasm_config_new",
            FunctionDescriptor.of(ADDRESS));

    public static MemorySegment wasm_config_new() {
        try {
            return (MemorySegment) wasm_config_new$MH.invokeExact();
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_config_delete$MH = Downcalls.downcall("wasm_config_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_config_delete(MemorySegment config) {
        try {
            wasm_config_delete$MH.invokeExact(config);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Takes ownership of the config. Aborts the process when the config is invalid: validate it first. */
    private static final MethodHandle wasm_engine_new_with_config$MH = Downcalls.downcall(
            "wasm_engine_new_with_config", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_engine_new_with_config(MemorySegment config) {
        try {
            return (MemorySegment) wasm_engine_new_with_config$MH.invokeExact(config);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_engine_delete$MH = Downcalls.downcall("wasm_engine_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_engine_delete(MemorySegment engine) {
        try {
            wasm_engine_delete$MH.invokeExact(engine);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- byte vectors

    private static final MethodHandle wasm_byte_vec_delete$MH = Downcalls.downcall("wasm_byte_vec_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_byte_vec_delete(MemorySegment vec) {
        try {
            wasm_byte_vec_delete$MH.invokeExact(vec);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- value types

    private static final MethodHandle wasm_valtype_new$MH = Downcalls.downcall("wasm_valtype_new",
            FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** Only for the kinds of {@code wasm_valkind_t} (numbers, externref, funcref). */
    public static MemorySegment wasm_valtype_new(byte kind) {
        try {
            return (MemorySegment) wasm_valtype_new$MH.invokeExact(Byte.toUnsignedInt(kind));
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_valtype_delete$MH = Downcalls.downcall("wasm_valtype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_valtype_delete(MemorySegment type) {
        try {
            wasm_valtype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Takes ownership of the valtypes in {@code data} (an array of pointers). */
    private static final MethodHandle wasm_valtype_vec_new$MH = Downcalls.downcall("wasm_valtype_vec_new",
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, ADDRESS));

    public static void wasm_valtype_vec_new(MemorySegment out, long size, MemorySegment data) {
        try {
            wasm_valtype_vec_new$MH.invokeExact(out, size, data);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- function types

    /** Takes ownership of both vectors. */
    private static final MethodHandle wasm_functype_new$MH = Downcalls.downcall("wasm_functype_new",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasm_functype_new(MemorySegment params, MemorySegment results) {
        try {
            return (MemorySegment) wasm_functype_new$MH.invokeExact(params, results);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_functype_delete$MH = Downcalls.downcall("wasm_functype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_functype_delete(MemorySegment type) {
        try {
            wasm_functype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_functype_params$MH = Downcalls.downcall("wasm_functype_params",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_vec_t), ADDRESS));

    /** A borrowed {@code wasm_valtype_vec_t}. */
    public static MemorySegment wasm_functype_params(MemorySegment type) {
        try {
            return (MemorySegment) wasm_functype_params$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_functype_results$MH = Downcalls.downcall("wasm_functype_results",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_vec_t), ADDRESS));

    public static MemorySegment wasm_functype_results(MemorySegment type) {
        try {
            return (MemorySegment) wasm_functype_results$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- global types

    /** Takes ownership of the valtype. */
    private static final MethodHandle wasm_globaltype_new$MH = Downcalls.downcall("wasm_globaltype_new",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));

    public static MemorySegment wasm_globaltype_new(MemorySegment content, byte mutability) {
        try {
            return (MemorySegment) wasm_globaltype_new$MH.invokeExact(content, Byte.toUnsignedInt(mutability));
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_globaltype_delete$MH = Downcalls.downcall("wasm_globaltype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_globaltype_delete(MemorySegment type) {
        try {
            wasm_globaltype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_globaltype_content$MH = Downcalls.downcall("wasm_globaltype_content",
            FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_globaltype_content(MemorySegment type) {
        try {
            return (MemorySegment) wasm_globaltype_content$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_globaltype_mutability$MH = Downcalls.downcall(
            "wasm_globaltype_mutability", FunctionDescriptor.of(JAVA_BYTE, ADDRESS));

    public static byte wasm_globaltype_mutability(MemorySegment type) {
        try {
            return (byte) wasm_globaltype_mutability$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- table types

    /** Takes ownership of the valtype; 32-bit limits only. */
    private static final MethodHandle wasm_tabletype_new$MH = Downcalls.downcall("wasm_tabletype_new",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

    public static MemorySegment wasm_tabletype_new(MemorySegment element, MemorySegment limits) {
        try {
            return (MemorySegment) wasm_tabletype_new$MH.invokeExact(element, limits);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_tabletype_delete$MH = Downcalls.downcall("wasm_tabletype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_tabletype_delete(MemorySegment type) {
        try {
            wasm_tabletype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_tabletype_element$MH = Downcalls.downcall("wasm_tabletype_element",
            FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_tabletype_element(MemorySegment type) {
        try {
            return (MemorySegment) wasm_tabletype_element$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Aborts the process for limits past 32 bits (possible with table64): only call it for 32-bit tables. */
    private static final MethodHandle wasm_tabletype_limits$MH = Downcalls.downcall("wasm_tabletype_limits",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_limits_t), ADDRESS));

    public static MemorySegment wasm_tabletype_limits(MemorySegment type) {
        try {
            return (MemorySegment) wasm_tabletype_limits$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_memorytype_delete$MH = Downcalls.downcall("wasm_memorytype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_memorytype_delete(MemorySegment type) {
        try {
            wasm_memorytype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_tagtype_functype$MH = Downcalls.downcall("wasm_tagtype_functype",
            FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_tagtype_functype(MemorySegment type) {
        try {
            return (MemorySegment) wasm_tagtype_functype$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_tagtype_delete$MH = Downcalls.downcall("wasm_tagtype_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_tagtype_delete(MemorySegment type) {
        try {
            wasm_tagtype_delete$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- extern types

    private static final MethodHandle wasm_externtype_kind$MH = Downcalls.downcall("wasm_externtype_kind",
            FunctionDescriptor.of(JAVA_BYTE, ADDRESS));

    public static byte wasm_externtype_kind(MemorySegment type) {
        try {
            return (byte) wasm_externtype_kind$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_externtype_as_functype_const$MH = Downcalls.downcall(
            "wasm_externtype_as_functype_const", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_externtype_as_functype_const(MemorySegment type) {
        try {
            return (MemorySegment) wasm_externtype_as_functype_const$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_externtype_as_globaltype_const$MH = Downcalls.downcall(
            "wasm_externtype_as_globaltype_const", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_externtype_as_globaltype_const(MemorySegment type) {
        try {
            return (MemorySegment) wasm_externtype_as_globaltype_const$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_externtype_as_tabletype_const$MH = Downcalls.downcall(
            "wasm_externtype_as_tabletype_const", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_externtype_as_tabletype_const(MemorySegment type) {
        try {
            return (MemorySegment) wasm_externtype_as_tabletype_const$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_externtype_as_memorytype_const$MH = Downcalls.downcall(
            "wasm_externtype_as_memorytype_const", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_externtype_as_memorytype_const(MemorySegment type) {
        try {
            return (MemorySegment) wasm_externtype_as_memorytype_const$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_externtype_as_tagtype_const$MH = Downcalls.downcall(
            "wasm_externtype_as_tagtype_const", FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_externtype_as_tagtype_const(MemorySegment type) {
        try {
            return (MemorySegment) wasm_externtype_as_tagtype_const$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- import and export types

    private static final MethodHandle wasm_importtype_vec_delete$MH = Downcalls.downcall(
            "wasm_importtype_vec_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_importtype_vec_delete(MemorySegment vec) {
        try {
            wasm_importtype_vec_delete$MH.invokeExact(vec);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_importtype_module$MH = Downcalls.downcall("wasm_importtype_module",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_byte_vec_t), ADDRESS));

    public static MemorySegment wasm_importtype_module(MemorySegment type) {
        try {
            return (MemorySegment) wasm_importtype_module$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_importtype_name$MH = Downcalls.downcall("wasm_importtype_name",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_byte_vec_t), ADDRESS));

    public static MemorySegment wasm_importtype_name(MemorySegment type) {
        try {
            return (MemorySegment) wasm_importtype_name$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_importtype_type$MH = Downcalls.downcall("wasm_importtype_type",
            FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_importtype_type(MemorySegment type) {
        try {
            return (MemorySegment) wasm_importtype_type$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_exporttype_vec_delete$MH = Downcalls.downcall(
            "wasm_exporttype_vec_delete", FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_exporttype_vec_delete(MemorySegment vec) {
        try {
            wasm_exporttype_vec_delete$MH.invokeExact(vec);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_exporttype_name$MH = Downcalls.downcall("wasm_exporttype_name",
            FunctionDescriptor.of(ADDRESS.withTargetLayout(wasm_byte_vec_t), ADDRESS));

    public static MemorySegment wasm_exporttype_name(MemorySegment type) {
        try {
            return (MemorySegment) wasm_exporttype_name$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_exporttype_type$MH = Downcalls.downcall("wasm_exporttype_type",
            FunctionDescriptor.of(ADDRESS, ADDRESS));

    public static MemorySegment wasm_exporttype_type(MemorySegment type) {
        try {
            return (MemorySegment) wasm_exporttype_type$MH.invokeExact(type);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- traps and frames

    private static final MethodHandle wasm_trap_delete$MH = Downcalls.downcall("wasm_trap_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_trap_delete(MemorySegment trap) {
        try {
            wasm_trap_delete$MH.invokeExact(trap);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Fills a {@code wasm_message_t} (a byte vector ending with a NUL byte) the caller deletes. */
    private static final MethodHandle wasm_trap_message$MH = Downcalls.downcall("wasm_trap_message",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasm_trap_message(MemorySegment trap, MemorySegment out) {
        try {
            wasm_trap_message$MH.invokeExact(trap, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** Fills a {@code wasm_frame_vec_t}, innermost frame first; the frames borrow from the trap. */
    private static final MethodHandle wasm_trap_trace$MH = Downcalls.downcall("wasm_trap_trace",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));

    public static void wasm_trap_trace(MemorySegment trap, MemorySegment out) {
        try {
            wasm_trap_trace$MH.invokeExact(trap, out);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_frame_vec_delete$MH = Downcalls.downcall("wasm_frame_vec_delete",
            FunctionDescriptor.ofVoid(ADDRESS));

    public static void wasm_frame_vec_delete(MemorySegment vec) {
        try {
            wasm_frame_vec_delete$MH.invokeExact(vec);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    private static final MethodHandle wasm_frame_func_index$MH = Downcalls.downcall("wasm_frame_func_index",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));

    public static int wasm_frame_func_index(MemorySegment frame) {
        try {
            return (int) wasm_frame_func_index$MH.invokeExact(frame);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** The byte offset of the frame's instruction from its function's start; {@code SIZE_MAX} if unknown. */
    private static final MethodHandle wasm_frame_func_offset$MH = Downcalls.downcall(
            "wasm_frame_func_offset", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    public static long wasm_frame_func_offset(MemorySegment frame) {
        try {
            return (long) wasm_frame_func_offset$MH.invokeExact(frame);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** The byte offset of the frame's instruction in the module binary; {@code SIZE_MAX} if unknown. */
    private static final MethodHandle wasm_frame_module_offset$MH = Downcalls.downcall(
            "wasm_frame_module_offset", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    public static long wasm_frame_module_offset(MemorySegment frame) {
        try {
            return (long) wasm_frame_module_offset$MH.invokeExact(frame);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }
}
