package dev.wasm4j.capi;

import dev.wasm4j.Memory;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * The reads and writes of {@link Memory} over a {@link MemorySegment} of the memory's bytes, little-endian,
 * with out-of-bounds accesses as {@link TrapCode#MEMORY_OUT_OF_BOUNDS} traps. Subclasses say where the
 * bytes are now.
 */
abstract class SegmentMemory implements Memory {
    private static final ByteOrder WASM = ByteOrder.LITTLE_ENDIAN;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(WASM);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(WASM);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(WASM);
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(WASM);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(WASM);

    /** The memory's bytes, holding at least {@code address + length} of them when the memory does. */
    abstract MemorySegment data(long address, long length);

    private MemorySegment at(long address, long length) {
        MemorySegment d = data(address, length);
        if (address < 0 || length < 0 || address > d.byteSize() - length) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, List.of());
        }
        return d;
    }

    @Override
    public byte readByte(long address) {
        return at(address, 1).get(JAVA_BYTE, address);
    }

    @Override
    public short readShort(long address) {
        return at(address, 2).get(SHORT, address);
    }

    @Override
    public int readInt(long address) {
        return at(address, 4).get(INT, address);
    }

    @Override
    public long readLong(long address) {
        return at(address, 8).get(LONG, address);
    }

    @Override
    public float readFloat(long address) {
        return at(address, 4).get(FLOAT, address);
    }

    @Override
    public double readDouble(long address) {
        return at(address, 8).get(DOUBLE, address);
    }

    @Override
    public void writeByte(long address, byte value) {
        at(address, 1).set(JAVA_BYTE, address, value);
    }

    @Override
    public void writeShort(long address, short value) {
        at(address, 2).set(SHORT, address, value);
    }

    @Override
    public void writeInt(long address, int value) {
        at(address, 4).set(INT, address, value);
    }

    @Override
    public void writeLong(long address, long value) {
        at(address, 8).set(LONG, address, value);
    }

    @Override
    public void writeFloat(long address, float value) {
        at(address, 4).set(FLOAT, address, value);
    }

    @Override
    public void writeDouble(long address, double value) {
        at(address, 8).set(DOUBLE, address, value);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        MemorySegment.copy(at(address, length), JAVA_BYTE, address, dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        MemorySegment.copy(src, offset, at(address, length), JAVA_BYTE, address, length);
    }

    @Override
    public void read(long address, ByteBuffer dst) {
        int length = dst.remaining();
        MemorySegment.ofBuffer(dst).copyFrom(at(address, length).asSlice(address, length));
        dst.position(dst.position() + length);
    }

    @Override
    public void write(long address, ByteBuffer src) {
        int length = src.remaining();
        at(address, length).asSlice(address, length).copyFrom(MemorySegment.ofBuffer(src));
        src.position(src.position() + length);
    }

    @Override
    public void fill(long address, byte value, long length) {
        at(address, length).asSlice(address, length).fill(value);
    }
}
