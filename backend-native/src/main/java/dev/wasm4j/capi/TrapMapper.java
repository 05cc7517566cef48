package dev.wasm4j.capi;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * A {@code wasm_trap_t} as a {@link Trap} with the same {@link TrapCode} backend pure would raise. wasmtime
 * has one code where the spec words some traps by instruction (a table index out of range is an
 * "undefined element" for {@code call_indirect} and an "out of bounds table access" otherwise; a null
 * reference is a "null function reference" for {@code call_ref}, a "null structure reference" for
 * {@code struct.get} ...): those are told apart by the opcode at the trapping frame's offset, read from the
 * bytes of the module that frame is in.
 */
final class TrapMapper {
    private TrapMapper() {
    }

    /** Converts and deletes {@code trap}. */
    static Trap toTrap(WasmtimeStore store, MemorySegment trap) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment codeOut = arena.allocate(JAVA_BYTE);
            boolean hasCode = wasmtime_h.wasmtime_trap_code(trap, codeOut);
            Backtraces backtrace = Backtraces.ofTrap(trap);
            List<FrameInfo> frames = backtrace.frames();
            if (hasCode) {
                TrapCode code = refine(codeOf(codeOut.get(JAVA_BYTE, 0)), store, backtrace);
                if (code != null) {
                    return new Trap(code, code.message(), frames, null);
                }
            }
            String message = message(arena, trap);
            TrapCode code = message.contains("thrown Wasm exception") || message.contains("uncaught exception")
                    ? TrapCode.UNCAUGHT_EXCEPTION : TrapCode.HOST;
            return new Trap(code, code == TrapCode.HOST ? firstLine(message) : code.message(), frames, null);
        } finally {
            wasm_h.wasm_trap_delete(trap);
        }
    }

    private static String message(Arena arena, MemorySegment trap) {
        MemorySegment vec = arena.allocate(wasm_h.wasm_byte_vec_t);
        wasm_h.wasm_trap_message(trap, vec);
        try {
            return NativeStrings.fromByteVec(vec);
        } finally {
            wasm_h.wasm_byte_vec_delete(vec);
        }
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The API's code for a wasmtime trap code; null for the codes core wasm cannot raise. */
    static TrapCode codeOf(byte code) {
        return switch (code) {
            case wasmtime_h.WASMTIME_TRAP_CODE_STACK_OVERFLOW -> TrapCode.STACK_EXHAUSTED;
            case wasmtime_h.WASMTIME_TRAP_CODE_MEMORY_OUT_OF_BOUNDS -> TrapCode.MEMORY_OUT_OF_BOUNDS;
            case wasmtime_h.WASMTIME_TRAP_CODE_HEAP_MISALIGNED -> TrapCode.UNALIGNED_ATOMIC;
            case wasmtime_h.WASMTIME_TRAP_CODE_TABLE_OUT_OF_BOUNDS -> TrapCode.TABLE_OUT_OF_BOUNDS;
            case wasmtime_h.WASMTIME_TRAP_CODE_INDIRECT_CALL_TO_NULL -> TrapCode.UNINITIALIZED_ELEMENT;
            case wasmtime_h.WASMTIME_TRAP_CODE_BAD_SIGNATURE -> TrapCode.INDIRECT_CALL_TYPE_MISMATCH;
            case wasmtime_h.WASMTIME_TRAP_CODE_INTEGER_OVERFLOW -> TrapCode.INTEGER_OVERFLOW;
            case wasmtime_h.WASMTIME_TRAP_CODE_INTEGER_DIVISION_BY_ZERO -> TrapCode.INTEGER_DIVIDE_BY_ZERO;
            case wasmtime_h.WASMTIME_TRAP_CODE_BAD_CONVERSION_TO_INTEGER -> TrapCode.INVALID_CONVERSION_TO_INTEGER;
            case wasmtime_h.WASMTIME_TRAP_CODE_UNREACHABLE_CODE_REACHED -> TrapCode.UNREACHABLE;
            case wasmtime_h.WASMTIME_TRAP_CODE_INTERRUPT -> TrapCode.INTERRUPTED;
            case wasmtime_h.WASMTIME_TRAP_CODE_OUT_OF_FUEL -> TrapCode.OUT_OF_FUEL;
            case wasmtime_h.WASMTIME_TRAP_CODE_NULL_REFERENCE -> TrapCode.NULL_REFERENCE;
            case wasmtime_h.WASMTIME_TRAP_CODE_ARRAY_OUT_OF_BOUNDS -> TrapCode.ARRAY_OUT_OF_BOUNDS;
            case wasmtime_h.WASMTIME_TRAP_CODE_ALLOCATION_TOO_LARGE -> TrapCode.OUT_OF_MEMORY;
            case wasmtime_h.WASMTIME_TRAP_CODE_CAST_FAILURE -> TrapCode.CAST_FAILURE;
            case wasmtime_h.WASMTIME_TRAP_CODE_UNCAUGHT_EXCEPTION -> TrapCode.UNCAUGHT_EXCEPTION;
            default -> null; // e.g. an atomic wait on unshared memory: reported as HOST with wasmtime's words
        };
    }

    /** Tells apart the traps the spec words by instruction, from the innermost frame's opcode. */
    static TrapCode refine(TrapCode code, WasmtimeStore store, Backtraces backtrace) {
        if (code != TrapCode.TABLE_OUT_OF_BOUNDS && code != TrapCode.UNINITIALIZED_ELEMENT
                && code != TrapCode.NULL_REFERENCE || backtrace.frames().isEmpty()) {
            return code;
        }
        int[] op = opcodeAt(store, backtrace.frames().get(0), backtrace.innermostFunctionStart());
        if (op == null) {
            return code;
        }
        boolean callIndirect = op[0] == 0x11 || op[0] == 0x13;
        boolean callRef = op[0] == 0x14 || op[0] == 0x15;
        if (code == TrapCode.TABLE_OUT_OF_BOUNDS) {
            return callIndirect ? TrapCode.UNDEFINED_ELEMENT : code;
        }
        if (callRef) {
            return TrapCode.NULL_FUNCTION_REFERENCE;
        }
        if (code == TrapCode.UNINITIALIZED_ELEMENT) {
            return code;
        }
        if (op[0] == 0xFB) {
            int sub = op[1];
            if (sub >= 0x02 && sub <= 0x05) {
                return TrapCode.NULL_STRUCTURE_REFERENCE;
            }
            if (sub >= 0x0B && sub <= 0x13) {
                return TrapCode.NULL_ARRAY_REFERENCE;
            }
            if (sub == 0x1D || sub == 0x1E) {
                return TrapCode.NULL_I31_REFERENCE;
            }
        }
        return code;
    }

    /**
     * The opcode (and the first immediate byte) of the frame's instruction, read from the module instantiated
     * in this store whose function of that index starts where the frame says.
     */
    private static int[] opcodeAt(WasmtimeStore store, FrameInfo frame, long functionStart) {
        long offset = frame.instructionOffset();
        if (offset < 0 || functionStart < 0) {
            return null;
        }
        for (WasmtimeModule module : store.modules()) {
            byte[] bytes = module.bytes();
            if (offset + 1 < bytes.length
                    && module.layout().functionStart(frame.functionIndex()) == functionStart) {
                return new int[] {bytes[(int) offset] & 0xFF, bytes[(int) offset + 1] & 0xFF};
            }
        }
        return null;
    }
}
