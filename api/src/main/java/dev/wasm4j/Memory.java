package dev.wasm4j;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A linear memory. Addresses are byte offsets; multi-byte values are little-endian, as in WebAssembly.
 * An access outside the memory throws a {@link Trap} with {@link TrapCode#MEMORY_OUT_OF_BOUNDS}.
 */
public interface Memory extends Extern {
    @Override
    MemoryType type();

    /** Current size in pages. */
    long pages();

    /** Current size in bytes. */
    long byteSize();

    /** Grows by {@code deltaPages}; returns the old size in pages, or -1 if the memory cannot grow. */
    long grow(long deltaPages);

    byte readByte(long address);

    short readShort(long address);

    int readInt(long address);

    long readLong(long address);

    float readFloat(long address);

    double readDouble(long address);

    void writeByte(long address, byte value);

    void writeShort(long address, short value);

    void writeInt(long address, int value);

    void writeLong(long address, long value);

    void writeFloat(long address, float value);

    void writeDouble(long address, double value);

    /** Copies {@code length} bytes at {@code address} into {@code dst[offset..]}. */
    void read(long address, byte[] dst, int offset, int length);

    /** Copies {@code src[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] src, int offset, int length);

    /** Fills {@code dst}'s remaining bytes from {@code address} on. */
    void read(long address, ByteBuffer dst);

    /** Writes {@code src}'s remaining bytes at {@code address}. */
    void write(long address, ByteBuffer src);

    default byte[] read(long address, int length) {
        byte[] bytes = new byte[length];
        read(address, bytes, 0, length);
        return bytes;
    }

    default void write(long address, byte[] src) {
        write(address, src, 0, src.length);
    }

    /** Decodes {@code length} bytes at {@code address} as UTF-8. */
    default String readString(long address, int length) {
        return new String(read(address, length), StandardCharsets.UTF_8);
    }

    /** Sets {@code length} bytes at {@code address} to {@code value}. */
    void fill(long address, byte value, long length);

    /** A memory created by the host, to be imported by modules. */
    static Memory of(Store<?> store, MemoryType type) {
        return store.backendStore().memory(type);
    }
}
