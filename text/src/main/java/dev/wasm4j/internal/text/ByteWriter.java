package dev.wasm4j.internal.text;

import java.util.Arrays;

/** A growable byte buffer with the primitive encodings of the binary format (LEB128 etc.). */
final class ByteWriter {
    private byte[] buf;
    private int size;

    ByteWriter() {
        this(64);
    }

    ByteWriter(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    ByteWriter u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    ByteWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    ByteWriter append(ByteWriter other) {
        return bytes(other.buf, 0, other.size);
    }

    /** Unsigned LEB128 of a 32-bit value taken as unsigned. */
    ByteWriter u32(int value) {
        return u64(value & 0xFFFFFFFFL);
    }

    /** Unsigned LEB128 of a 64-bit value taken as unsigned. */
    ByteWriter u64(long value) {
        ensure(10);
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            if (value != 0) {
                b |= 0x80;
            }
            buf[size++] = (byte) b;
        } while (value != 0);
        return this;
    }

    /** Signed LEB128 (used for i32, i64 and the s33 of block types). */
    ByteWriter s64(long value) {
        ensure(10);
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            buf[size++] = (byte) (done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    ByteWriter s32(int value) {
        return s64(value);
    }

    ByteWriter f32(int bits) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[size++] = (byte) (bits >>> (8 * i));
        }
        return this;
    }

    ByteWriter f64(long bits) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (bits >>> (8 * i));
        }
        return this;
    }

    /** A length-prefixed byte string (names, custom section payloads, data). */
    ByteWriter name(byte[] b) {
        u32(b.length);
        return bytes(b);
    }

    /** Writes {@code content} prefixed by its byte length, as sections and function bodies are. */
    ByteWriter sized(ByteWriter content) {
        u32(content.size);
        return append(content);
    }
}
