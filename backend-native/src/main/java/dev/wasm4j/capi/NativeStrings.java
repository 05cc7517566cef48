package dev.wasm4j.capi;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** Strings from native memory: {@code wasm_byte_vec_t}s and (pointer, length) pairs, as UTF-8. */
final class NativeStrings {
    private NativeStrings() {
    }

    /** The text of a {@code wasm_byte_vec_t} (or {@code wasm_name_t}), without a trailing NUL byte if any. */
    static String fromByteVec(MemorySegment vec) {
        MemorySegment v = vec.reinterpret(wasm_h.wasm_byte_vec_t.byteSize());
        long size = v.get(JAVA_LONG, wasm_h.VEC_SIZE_OFFSET);
        MemorySegment data = v.get(ADDRESS, wasm_h.VEC_DATA_OFFSET);
        if (size == 0 || data.address() == 0) {
            return "";
        }
        byte[] bytes = data.reinterpret(size).toArray(JAVA_BYTE);
        int length = bytes.length;
        if (bytes[length - 1] == 0) {
            length--; // trap messages end with a NUL byte
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    static String fromPointer(MemorySegment data, long length) {
        if (length == 0) {
            return "";
        }
        return new String(data.reinterpret(length).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
    }
}
