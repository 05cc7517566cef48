package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.TableDef;

/**
 * Decodes table and memory types. Without the 3.0 limit flags (memory64, threads, custom page sizes)
 * the flag is the 2.0 format's one-bit LEB128 integer; with them it is a byte of flag bits.
 */
final class LimitsReader {
    private static final int HAS_MAX = 0x01;
    private static final int SHARED = 0x02;
    private static final int IS_64 = 0x04;
    private static final int PAGE_SIZE = 0x08;

    private final DecodeContext cx;
    private final ByteReader in;

    LimitsReader(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    TableDef readTableType() {
        int elementType = cx.types.readRefType(in);
        int flags = readFlags(IS_64);
        boolean is64 = (flags & IS_64) != 0;
        long min = readBound(is64);
        long max = (flags & HAS_MAX) != 0 ? readBound(is64) : 0;
        return new TableDef(elementType, min, (flags & HAS_MAX) != 0, max, is64, null);
    }

    MemoryDef readMemoryType() {
        int flags = readFlags(SHARED | IS_64 | PAGE_SIZE);
        boolean is64 = (flags & IS_64) != 0;
        long min = readBound(is64);
        long max = (flags & HAS_MAX) != 0 ? readBound(is64) : 0;
        int pageSizeLog2 = MemoryDef.DEFAULT_PAGE_SIZE_LOG2;
        if ((flags & PAGE_SIZE) != 0) {
            int at = in.position();
            int log2 = in.readU32();
            if (log2 < 0 || log2 > 64) {
                throw ByteReader.malformed(at, "invalid custom page size");
            }
            pageSizeLog2 = log2;
        }
        return new MemoryDef(min, (flags & HAS_MAX) != 0, max, is64, (flags & SHARED) != 0, pageSizeLog2);
    }

    private int readFlags(int allowedExtensions) {
        int at = in.position();
        if (!usesFlagByte()) {
            int b = in.readByte();
            if ((b & 0x7F) > 1) {
                throw ByteReader.malformed(at, "integer too large");
            }
            if ((b & 0x80) != 0) {
                throw ByteReader.malformed(in.position(), "integer representation too long");
            }
            return b;
        }
        int b = in.readByte();
        int allowed = HAS_MAX | (allowedExtensions & enabledExtensions());
        if ((b & ~allowed) != 0) {
            throw ByteReader.malformed(at, "malformed limits flags");
        }
        return b;
    }

    private boolean usesFlagByte() {
        return cx.has(Feature.MEMORY64) || cx.has(Feature.THREADS) || cx.has(Feature.CUSTOM_PAGE_SIZES);
    }

    private int enabledExtensions() {
        return (cx.has(Feature.THREADS) ? SHARED : 0) | (cx.has(Feature.MEMORY64) ? IS_64 : 0)
                | (cx.has(Feature.CUSTOM_PAGE_SIZES) ? PAGE_SIZE : 0);
    }

    /** A size bound: u64 in the 3.0 format (checked against the address type by validation), else u32. */
    private long readBound(boolean is64) {
        return is64 || usesFlagByte() ? in.readU64() : in.readU32AsLong();
    }
}
