package dev.wasm4j.wasi.internal;

import dev.wasm4j.Caller;
import dev.wasm4j.Memory;
import dev.wasm4j.WasmException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The calling module's linear memory as WASI functions see it: guest pointers are unsigned 32-bit, and a
 * range outside the memory is the guest's mistake, reported as {@code EFAULT} rather than a trap (as the
 * witx ABI's pointer checks do elsewhere).
 */
public final class GuestMemory {
    /** The export WASI modules share their memory through, as the witx module declares. */
    public static final String EXPORT_NAME = "memory";

    private final Memory memory;

    public GuestMemory(Memory memory) {
        this.memory = memory;
    }

    /** The caller's exported memory; a module that calls WASI without one is malformed for WASI. */
    public static GuestMemory of(Caller caller) {
        Memory m = caller.memory(EXPORT_NAME).orElseThrow(() -> new WasmException(
                "WASI functions need the calling module to export its memory as \"" + EXPORT_NAME + "\""));
        return new GuestMemory(m);
    }

    public Memory memory() {
        return memory;
    }

    /** The address of {@code ptr} as a non-negative long, after checking that {@code length} bytes fit. */
    public long check(int ptr, long length) {
        long address = Integer.toUnsignedLong(ptr);
        if (length < 0 || address + length > memory.byteSize()) {
            throw new ErrnoException(Errno.FAULT);
        }
        return address;
    }

    public int readU8(int ptr) {
        return memory.readByte(check(ptr, 1)) & 0xFF;
    }

    public int readU16(int ptr) {
        return memory.readShort(check(ptr, 2)) & 0xFFFF;
    }

    public int readI32(int ptr) {
        return memory.readInt(check(ptr, 4));
    }

    public long readI64(int ptr) {
        return memory.readLong(check(ptr, 8));
    }

    public void writeU8(int ptr, int value) {
        memory.writeByte(check(ptr, 1), (byte) value);
    }

    public void writeU16(int ptr, int value) {
        memory.writeShort(check(ptr, 2), (short) value);
    }

    public void writeI32(int ptr, int value) {
        memory.writeInt(check(ptr, 4), value);
    }

    public void writeI64(int ptr, long value) {
        memory.writeLong(check(ptr, 8), value);
    }

    public byte[] read(int ptr, int length) {
        return memory.read(check(ptr, length), length);
    }

    /** Copies {@code length} bytes at guest address {@code address} (already checked) into {@code dst}. */
    public void readChecked(long address, byte[] dst, int offset, int length) {
        memory.read(address, dst, offset, length);
    }

    public void write(int ptr, byte[] src) {
        write(ptr, src, 0, src.length);
    }

    public void write(int ptr, byte[] src, int offset, int length) {
        memory.write(check(ptr, length), src, offset, length);
    }

    /** Copies into guest address {@code address} (already checked). */
    public void writeChecked(long address, byte[] src, int offset, int length) {
        memory.write(address, src, offset, length);
    }

    /** A guest string: {@code length} bytes of UTF-8 ({@code EILSEQ} when they are not valid UTF-8). */
    public String readString(int ptr, int length) {
        if (length < 0) {
            throw new ErrnoException(Errno.FAULT);
        }
        byte[] bytes = read(ptr, length);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ErrnoException(Errno.ILSEQ);
        }
    }

    /**
     * The {@code count} iovecs (or ciovecs) at {@code ptr}: each 8 bytes, a u32 buffer address and a u32
     * length. Every buffer is checked to lie inside the memory.
     */
    public Iovecs iovecs(int ptr, int count) {
        long n = Integer.toUnsignedLong(count);
        long base = check(ptr, n * Layouts.IOVEC_SIZE);
        long[] addresses = new long[(int) n];
        long[] lengths = new long[(int) n];
        for (int i = 0; i < n; i++) {
            long at = base + (long) i * Layouts.IOVEC_SIZE;
            int buf = memory.readInt(at);
            long len = Integer.toUnsignedLong(memory.readInt(at + 4));
            addresses[i] = check(buf, len);
            lengths[i] = len;
        }
        return new Iovecs(this, addresses, lengths);
    }
}
