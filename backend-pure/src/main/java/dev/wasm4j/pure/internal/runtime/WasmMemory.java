package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A linear memory backed by one {@code byte[]} whose length is the memory's size. Compiled code reads
 * {@link #bytes} and accesses it through {@link MemoryAccess}; growing replaces the array, so compiled
 * code reloads the field after anything that may grow the memory.
 *
 * <p>Limit: a Java array holds fewer than 2^31 bytes, so a memory has at most {@link #MAX_PAGES} pages
 * (2 GiB - 64 KiB); growing beyond that fails with -1 like any other failed grow. That holds for 64-bit
 * memories (memory64) too, whose declared maximum may be far larger: their i64 addresses reach the
 * operations here as unsigned ints, any address of 2^31 or more being out of bounds anyway.
 */
public final class WasmMemory implements Memory {
    public static final int PAGE_SIZE = 65536;
    /** The largest page count of 64 KiB pages whose byte size fits a Java array. */
    public static final int MAX_PAGES = (Integer.MAX_VALUE - 8) / PAGE_SIZE;
    /** The largest byte size of a Java array. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    public byte[] bytes;
    /** The declared maximum in pages, unsigned. */
    private final OptionalLong declaredMaximum;
    /** Whether addresses are i64 (memory64). */
    private final boolean memory64;
    /** The limits of the store the memory belongs to. */
    private final StoreLimiter limiter;
    /** log2 of the page size: 16 (64 KiB), or 0 (1 byte) with the custom-page-sizes proposal. */
    private final int pageShift;
    /** The most pages a Java array holds at this page size. */
    private final long maxPages;

    /** A 32-bit memory outside any store's limits. */
    public WasmMemory(long minimumPages, OptionalLong maximumPages) {
        this(minimumPages, maximumPages, false, new StoreLimiter());
    }

    /**
     * Limits are unsigned page counts; a minimum above {@link #MAX_PAGES} fails with an out-of-memory trap,
     * one above the store's limit with a {@link dev.wasm4j.WasmException}.
     */
    public WasmMemory(long minimumPages, OptionalLong maximumPages, boolean memory64, StoreLimiter limiter) {
        this(minimumPages, maximumPages, memory64, MemoryType.DEFAULT_PAGE_SIZE_LOG2, limiter);
    }

    public WasmMemory(long minimumPages, OptionalLong maximumPages, boolean memory64, int pageSizeLog2,
                      StoreLimiter limiter) {
        this.pageShift = pageSizeLog2;
        this.maxPages = MAX_BYTES >> pageSizeLog2;
        limiter.checkMemoryMinimum(minimumPages, pageSizeLog2);
        if (Long.compareUnsigned(minimumPages, maxPages) > 0) {
            throw new Trap(TrapCode.OUT_OF_MEMORY, "out of memory: backend pure cannot allocate "
                    + Long.toUnsignedString(minimumPages) + " pages (at most " + maxPages
                    + ", a Java array's size)", List.of(), null);
        }
        this.declaredMaximum = maximumPages;
        this.memory64 = memory64;
        this.limiter = limiter;
        this.bytes = allocate(minimumPages << pageShift);
    }

    private static byte[] allocate(long size) {
        try {
            return new byte[(int) size];
        } catch (OutOfMemoryError e) {
            throw new Trap(TrapCode.OUT_OF_MEMORY, "out of memory: cannot allocate " + size + " bytes", List.of(), e);
        }
    }


    @Override
    public MemoryType type() {
        return new MemoryType(pages(), declaredMaximum, memory64, false, pageShift);
    }

    /** The maximum this memory can reach: the declared one, capped by the Java array limit. */
    private long effectiveMaximum() {
        long declared = declaredMaximum.orElse(maxPages);
        return Long.compareUnsigned(declared, maxPages) < 0 ? declared : maxPages;
    }

    @Override
    public long pages() {
        return bytes.length >> pageShift;
    }

    @Override
    public long byteSize() {
        return bytes.length;
    }

    @Override
    public long grow(long deltaPages) {
        return growPages((int) Math.min(Math.max(deltaPages, -1), Integer.MAX_VALUE));
    }

    /**
     * memory.grow (and the host's grow): {@code delta} is the unsigned i32 operand; returns the old page
     * count, or -1 beyond the maximum or the store's limit.
     */
    public int growPages(int delta) {
        long old = pages();
        long wanted = old + Integer.toUnsignedLong(delta);
        if (delta < 0 || wanted > effectiveMaximum() || !limiter.allowsMemoryBytes(wanted << pageShift)) {
            return -1;
        }
        if (delta != 0) {
            try {
                bytes = Arrays.copyOf(bytes, (int) (wanted << pageShift));
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        return (int) old;
    }

    // ---- bulk operations used by compiled code; operands are the unsigned i32 values

    public void fill(int address, int value, int length) {
        int start = checkRange(address, length);
        Arrays.fill(bytes, start, start + length, (byte) value);
    }

    public void copyWithin(int dst, int src, int length) {
        int d = checkRange(dst, length);
        int s = checkRange(src, length);
        System.arraycopy(bytes, s, bytes, d, length);
    }

    /** memory.copy from another memory (multi-memory). */
    public void copyFrom(WasmMemory source, int dst, int src, int length) {
        int s = source.checkRange(src, length);
        int d = checkRange(dst, length);
        System.arraycopy(source.bytes, s, bytes, d, length);
    }

    /** memory.init: copies {@code data[src..src+length)} to {@code dst}. */
    public void init(byte[] data, int dst, int src, int length) {
        long s = Integer.toUnsignedLong(src);
        if (s + Integer.toUnsignedLong(length) > data.length) {
            throw outOfBounds();
        }
        int d = checkRange(dst, length);
        System.arraycopy(data, (int) s, bytes, d, length);
    }

    /** The start of {@code [address, address+length)} (unsigned) if it lies inside the memory. */
    private int checkRange(int address, int length) {
        long a = Integer.toUnsignedLong(address);
        if (a + Integer.toUnsignedLong(length) > bytes.length) {
            throw outOfBounds();
        }
        return (int) a;
    }

    private static TrapSignal outOfBounds() {
        return new TrapSignal(TrapCode.MEMORY_OUT_OF_BOUNDS);
    }

    // ---- the public Memory API: addresses are longs and errors are api Traps

    private int index(long address, int size) {
        if (address < 0 || address > bytes.length - (long) size) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, List.of());
        }
        return (int) address;
    }

    @Override
    public byte readByte(long address) {
        return bytes[index(address, 1)];
    }

    @Override
    public short readShort(long address) {
        return (short) MemoryAccess.SHORT.get(bytes, index(address, 2));
    }

    @Override
    public int readInt(long address) {
        return (int) MemoryAccess.INT.get(bytes, index(address, 4));
    }

    @Override
    public long readLong(long address) {
        return (long) MemoryAccess.LONG.get(bytes, index(address, 8));
    }

    @Override
    public float readFloat(long address) {
        return (float) MemoryAccess.FLOAT.get(bytes, index(address, 4));
    }

    @Override
    public double readDouble(long address) {
        return (double) MemoryAccess.DOUBLE.get(bytes, index(address, 8));
    }

    @Override
    public void writeByte(long address, byte value) {
        bytes[index(address, 1)] = value;
    }

    @Override
    public void writeShort(long address, short value) {
        MemoryAccess.SHORT.set(bytes, index(address, 2), value);
    }

    @Override
    public void writeInt(long address, int value) {
        MemoryAccess.INT.set(bytes, index(address, 4), value);
    }

    @Override
    public void writeLong(long address, long value) {
        MemoryAccess.LONG.set(bytes, index(address, 8), value);
    }

    @Override
    public void writeFloat(long address, float value) {
        MemoryAccess.FLOAT.set(bytes, index(address, 4), value);
    }

    @Override
    public void writeDouble(long address, double value) {
        MemoryAccess.DOUBLE.set(bytes, index(address, 8), value);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        System.arraycopy(bytes, index(address, length), dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        System.arraycopy(src, offset, bytes, index(address, length), length);
    }

    @Override
    public void read(long address, ByteBuffer dst) {
        int length = dst.remaining();
        dst.put(bytes, index(address, length), length);
    }

    @Override
    public void write(long address, ByteBuffer src) {
        int length = src.remaining();
        src.get(bytes, index(address, length), length);
    }

    @Override
    public void fill(long address, byte value, long length) {
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, List.of());
        }
        int start = index(address, (int) length);
        Arrays.fill(bytes, start, start + (int) length, value);
    }
}
