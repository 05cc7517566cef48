package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.MalformedModuleException;

/**
 * Reads the primitive encodings of the binary format (bytes, LEB128 integers, floats, names) from a
 * byte array up to a limit, reporting malformed input with the spec test suite's wording and the exact
 * byte offset.
 */
public final class ByteReader {
    public static final String UNEXPECTED_END = "unexpected end of section or function";

    private final byte[] bytes;
    private int pos;
    private int limit;

    public ByteReader(byte[] bytes, int start, int limit) {
        this.bytes = bytes;
        this.pos = start;
        this.limit = limit;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int position() {
        return pos;
    }

    public void position(int newPosition) {
        this.pos = newPosition;
    }

    public int limit() {
        return limit;
    }

    public void limit(int newLimit) {
        this.limit = newLimit;
    }

    public boolean atEnd() {
        return pos >= limit;
    }

    public int remaining() {
        return limit - pos;
    }

    public static MalformedModuleException malformed(long offset, String reason) {
        return new MalformedModuleException(offset, reason);
    }

    public int peekByte() {
        if (pos >= limit) {
            throw malformed(pos, UNEXPECTED_END);
        }
        return bytes[pos] & 0xFF;
    }

    public int readByte() {
        if (pos >= limit) {
            throw malformed(pos, UNEXPECTED_END);
        }
        return bytes[pos++] & 0xFF;
    }

    public void skip(int n) {
        if (n < 0 || n > limit - pos) {
            throw malformed(pos, UNEXPECTED_END);
        }
        pos += n;
    }

    /** An unsigned 32-bit LEB128 integer, as an int holding the 32 bits (use with care above 2^31). */
    public int readU32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
            if (shift == 28 && (b & 0x70) != 0) {
                throw malformed(pos - 1, "integer too large");
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            if (shift == 28) {
                throw malformed(pos, "integer representation too long");
            }
        }
    }

    /** An unsigned 32-bit LEB128 integer that must fit an int (counts, indices): larger values saturate. */
    public int readIndex() {
        int v = readU32();
        return v < 0 ? Integer.MAX_VALUE : v;
    }

    /** An unsigned 32-bit LEB128 integer as a non-negative long. */
    public long readU32AsLong() {
        return readU32() & 0xFFFF_FFFFL;
    }

    public long readU64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
            if (shift == 63 && (b & 0x7E) != 0) {
                throw malformed(pos - 1, "integer too large");
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            if (shift == 63) {
                throw malformed(pos, "integer representation too long");
            }
        }
    }

    public int readS32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
            if (shift == 28) {
                int extra = b & 0x78;
                if (extra != 0 && extra != 0x78) {
                    throw malformed(pos - 1, "integer too large");
                }
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (shift < 25 && (b & 0x40) != 0) {
                    result |= -1 << (shift + 7);
                }
                return result;
            }
            if (shift == 28) {
                throw malformed(pos, "integer representation too long");
            }
        }
    }

    /** A signed 33-bit LEB128 integer (block types, heap types), as a long. */
    public long readS33() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
            if (shift == 28) {
                int extra = b & 0x70;
                if (extra != 0 && extra != 0x70) {
                    throw malformed(pos - 1, "integer too large");
                }
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if ((b & 0x40) != 0) {
                    result |= -1L << (shift + 7);
                }
                return result;
            }
            if (shift == 28) {
                throw malformed(pos, "integer representation too long");
            }
        }
    }

    public long readS64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = readByte();
            if (shift == 63) {
                int extra = b & 0x7F;
                if (extra != 0 && extra != 0x7F) {
                    throw malformed(pos - 1, "integer too large");
                }
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (shift < 57 && (b & 0x40) != 0) {
                    result |= -1L << (shift + 7);
                }
                return result;
            }
            if (shift == 63) {
                throw malformed(pos, "integer representation too long");
            }
        }
    }

    /** Four bytes, little-endian (f32 bits). */
    public int readFixed32() {
        if (limit - pos < 4) {
            pos = limit;
            throw malformed(pos, UNEXPECTED_END);
        }
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** Eight bytes, little-endian (f64 bits, v128 halves). */
    public long readFixed64() {
        if (limit - pos < 8) {
            pos = limit;
            throw malformed(pos, UNEXPECTED_END);
        }
        long lo = readFixed32() & 0xFFFF_FFFFL;
        long hi = readFixed32() & 0xFFFF_FFFFL;
        return lo | hi << 32;
    }

    /**
     * A length prefix for {@code length} following bytes: must not run past the limit ("length out of
     * bounds").
     */
    public int readLength() {
        int start = pos;
        long n = readU32AsLong();
        if (n > limit - pos) {
            throw malformed(start, "length out of bounds");
        }
        return (int) n;
    }

    /** A name: a length-prefixed, well-formed UTF-8 string. */
    public String readName() {
        int n = readLength();
        int start = pos;
        String s = Utf8.decode(bytes, start, n);
        if (s == null) {
            throw malformed(start, "malformed UTF-8 encoding");
        }
        pos += n;
        return s;
    }
}
