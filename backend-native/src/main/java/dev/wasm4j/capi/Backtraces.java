package dev.wasm4j.capi;

import dev.wasm4j.FrameInfo;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The wasm frames of a trap or an error, innermost first, as {@link FrameInfo}s, plus where the innermost
 * frame's function starts in its module (to find that module's bytes again).
 *
 * @param frames            innermost first
 * @param innermostFunctionStart byte offset of the innermost frame's function body in its module, -1 if unknown
 */
record Backtraces(List<FrameInfo> frames, long innermostFunctionStart) {
    private static final long UNKNOWN_OFFSET = -1L; // SIZE_MAX

    static Backtraces ofTrap(MemorySegment trap) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_vec_t);
            wasm_h.wasm_trap_trace(trap, vec);
            return readAndDelete(vec);
        }
    }

    static Backtraces ofError(MemorySegment error) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_vec_t);
            wasmtime_h.wasmtime_error_wasm_trace(error, vec);
            return readAndDelete(vec);
        }
    }

    private static Backtraces readAndDelete(MemorySegment vec) {
        try {
            long size = vec.get(JAVA_LONG, wasm_h.VEC_SIZE_OFFSET);
            if (size == 0) {
                return new Backtraces(List.of(), -1);
            }
            MemorySegment data = vec.get(ADDRESS, wasm_h.VEC_DATA_OFFSET).reinterpret(size * ADDRESS.byteSize());
            List<FrameInfo> frames = new ArrayList<>((int) size);
            long innermostStart = -1;
            for (long i = 0; i < size; i++) {
                MemorySegment frame = data.getAtIndex(ADDRESS, i);
                long offset = wasm_h.wasm_frame_module_offset(frame);
                if (i == 0) {
                    long functionOffset = wasm_h.wasm_frame_func_offset(frame);
                    if (offset != UNKNOWN_OFFSET && functionOffset != UNKNOWN_OFFSET) {
                        innermostStart = offset - functionOffset;
                    }
                }
                frames.add(new FrameInfo(name(wasmtime_h.wasmtime_frame_module_name(frame)),
                        wasm_h.wasm_frame_func_index(frame), name(wasmtime_h.wasmtime_frame_func_name(frame)),
                        offset == UNKNOWN_OFFSET ? -1 : offset));
            }
            return new Backtraces(List.copyOf(frames), innermostStart);
        } finally {
            wasm_h.wasm_frame_vec_delete(vec);
        }
    }

    private static Optional<String> name(MemorySegment nameVec) {
        return nameVec.address() == 0 ? Optional.empty() : Optional.of(NativeStrings.fromByteVec(nameVec));
    }
}
