package dev.wasm4j.capi;

import java.nio.charset.StandardCharsets;

/**
 * Reads the primitives of the wasm binary format from a byte array. The modules it reads have been validated
 * by wasmtime, so it does not report errors precisely: anything unexpected is a {@link Malformed}.
 */
final class ByteCursor {
    /** The bytes do not have the expected shape. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] bytes;
    private int position;
    private final int end;

    ByteCursor(byte[] bytes, int position, int end) {
        this.bytes = bytes;
        this.position = position;
        this.end = end;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= end;
    }

    int u8() throws Malformed {
        if (position >= end) {
            throw new Malformed("unexpected end");
        }
        return bytes[position++] & 0xFF;
    }

    /** An unsigned LEB128 of up to 32 bits. */
    int u32() throws Malformed {
        return (int) leb(35, false);
    }

    long u64() throws Malformed {
        return leb(70, false);
    }

    long s64() throws Malformed {
        return leb(70, true);
    }

    private long leb(int maxBits, boolean signed) throws Malformed {
        long result = 0;
        int shift = 0;
        int b;
        do {
            if (shift >= maxBits) {
                throw new Malformed("integer too long");
            }
            b = u8();
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (signed && shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    void skip(long count) throws Malformed {
        if (count < 0 || count > end - position) {
            throw new Malformed("unexpected end");
        }
        position += (int) count;
    }

    String name() throws Malformed {
        int length = u32();
        int start = position;
        skip(length & 0xFFFFFFFFL);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }
}
