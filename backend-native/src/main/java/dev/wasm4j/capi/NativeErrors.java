package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Reads and frees the {@code wasmtime_error_t}s the C API returns. */
final class NativeErrors {
    private NativeErrors() {
    }

    /** The error's message (with its chain of causes); deletes the error. */
    static String takeMessage(MemorySegment error) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_byte_vec_t);
            wasmtime_h.wasmtime_error_message(error, vec);
            String message = NativeStrings.fromByteVec(vec);
            wasm_h.wasm_byte_vec_delete(vec);
            return message;
        } finally {
            wasmtime_h.wasmtime_error_delete(error);
        }
    }

    static boolean isError(MemorySegment error) {
        return error.address() != 0;
    }
}
