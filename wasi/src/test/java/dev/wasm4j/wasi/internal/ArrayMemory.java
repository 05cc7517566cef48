package dev.wasm4j.wasi.internal;

import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.OptionalLong;

/** A linear memory over a byte array, for testing the WASI layer without a backend. */
public final class ArrayMemory implements Memory {
    private final ByteBuffer bytes;

    public ArrayMemory(int pages) {
        this.bytes = ByteBuffer.allocate(pages * 65536).order(ByteOrder.LITTLE_ENDIAN);
    }

    private int at(long address, long length) {
        if (address < 0 || address + length > bytes.capacity()) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, List.of());
        }
        return (int) address;
    }

    @Override
    public MemoryType type() {
        return MemoryType.of(pages(), OptionalLong.empty());
    }

    @Override
    public long pages() {
        return bytes.capacity() / 65536;
    }

    @Override
    public long byteSize() {
        return bytes.capacity();
    }

    @Override
    public long grow(long deltaPages) {
        return -1;
    }

    @Override
    public byte readByte(long address) {
        return bytes.get(at(address, 1));
    }

    @Override
    public short readShort(long address) {
        return bytes.getShort(at(address, 2));
    }

    @Override
    public int readInt(long address) {
        return bytes.getInt(at(address, 4));
    }

    @Override
    public long readLong(long address) {
        return bytes.getLong(at(address, 8));
    }

    @Override
    public float readFloat(long address) {
        return bytes.getFloat(at(address, 4));
    }

    @Override
    public double readDouble(long address) {
        return bytes.getDouble(at(address, 8));
    }

    @Override
    public void writeByte(long address, byte value) {
        bytes.put(at(address, 1), value);
    }

    @Override
    public void writeShort(long address, short value) {
        bytes.putShort(at(address, 2), value);
    }

    @Override
    public void writeInt(long address, int value) {
        bytes.putInt(at(address, 4), value);
    }

    @Override
    public void writeLong(long address, long value) {
        bytes.putLong(at(address, 8), value);
    }

    @Override
    public void writeFloat(long address, float value) {
        bytes.putFloat(at(address, 4), value);
    }

    @Override
    public void writeDouble(long address, double value) {
        bytes.putDouble(at(address, 8), value);
    }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        bytes.get(at(address, length), dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        bytes.put(at(address, length), src, offset, length);
    }

    @Override
    public void read(long address, ByteBuffer dst) {
        byte[] b = new byte[dst.remaining()];
        read(address, b, 0, b.length);
        dst.put(b);
    }

    @Override
    public void write(long address, ByteBuffer src) {
        byte[] b = new byte[src.remaining()];
        src.get(b);
        write(address, b, 0, b.length);
    }

    @Override
    public void fill(long address, byte value, long length) {
        int start = at(address, length);
        for (int i = 0; i < length; i++) {
            bytes.put(start + i, value);
        }
    }
}
