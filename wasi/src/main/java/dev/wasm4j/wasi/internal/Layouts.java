package dev.wasm4j.wasi.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The memory layout of every {@code wasi_snapshot_preview1} struct the host reads or writes, as the witx
 * C ABI lays them out (little-endian, fields at their natural alignment). Structs are assembled in a host
 * buffer and copied in one piece, so padding bytes are always written as zeros.
 */
public final class Layouts {
    public static final int IOVEC_SIZE = 8;

    /** filestat: dev u64 @0, ino u64 @8, filetype u8 @16, nlink u64 @24, size @32, atim @40, mtim @48, ctim @56. */
    public static final int FILESTAT_SIZE = 64;

    /** fdstat: filetype u8 @0, flags u16 @2, rights_base u64 @8, rights_inheriting u64 @16. */
    public static final int FDSTAT_SIZE = 24;

    /** prestat: tag u8 @0, then (dir) pr_name_len u32 @4. */
    public static final int PRESTAT_SIZE = 8;

    /** dirent: d_next u64 @0, d_ino u64 @8, d_namlen u32 @16, d_type u8 @20; the name follows. */
    public static final int DIRENT_SIZE = 24;

    /**
     * subscription: userdata u64 @0, tag u8 @8, union @16 — clock: id u32 @16, timeout u64 @24,
     * precision u64 @32, flags u16 @40; fd_read/fd_write: fd u32 @16.
     */
    public static final int SUBSCRIPTION_SIZE = 48;

    /** event: userdata u64 @0, error u16 @8, type u8 @10, fd_readwrite: nbytes u64 @16, flags u16 @24. */
    public static final int EVENT_SIZE = 32;

    private Layouts() {
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static byte[] filestat(FileStat st) {
        ByteBuffer b = buffer(FILESTAT_SIZE);
        b.putLong(0, st.dev());
        b.putLong(8, st.ino());
        b.put(16, (byte) st.filetype());
        b.putLong(24, st.nlink());
        b.putLong(32, st.size());
        b.putLong(40, st.atim());
        b.putLong(48, st.mtim());
        b.putLong(56, st.ctim());
        return b.array();
    }

    public static byte[] fdstat(int filetype, int flags, long rightsBase, long rightsInheriting) {
        ByteBuffer b = buffer(FDSTAT_SIZE);
        b.put(0, (byte) filetype);
        b.putShort(2, (short) flags);
        b.putLong(8, rightsBase);
        b.putLong(16, rightsInheriting);
        return b.array();
    }

    public static byte[] prestatDir(int nameLength) {
        ByteBuffer b = buffer(PRESTAT_SIZE);
        b.put(0, (byte) WasiTypes.PREOPENTYPE_DIR);
        b.putInt(4, nameLength);
        return b.array();
    }

    /** A dirent header followed by the name bytes. */
    public static byte[] dirent(long next, long ino, int filetype, byte[] name) {
        ByteBuffer b = buffer(DIRENT_SIZE + name.length);
        b.putLong(0, next);
        b.putLong(8, ino);
        b.putInt(16, name.length);
        b.put(20, (byte) filetype);
        b.put(DIRENT_SIZE, name);
        return b.array();
    }

    public static byte[] event(long userdata, int error, int type, long nbytes, int rwflags) {
        ByteBuffer b = buffer(EVENT_SIZE);
        b.putLong(0, userdata);
        b.putShort(8, (short) error);
        b.put(10, (byte) type);
        b.putLong(16, nbytes);
        b.putShort(24, (short) rwflags);
        return b.array();
    }

    /** Decodes one subscription from its 48 bytes. */
    public static Subscription subscription(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long userdata = b.getLong(0);
        int tag = b.get(8) & 0xFF;
        if (tag == WasiTypes.EVENTTYPE_CLOCK) {
            return new Subscription(userdata, tag, b.getInt(16), b.getLong(24), b.getLong(32),
                    b.getShort(40) & 0xFFFF, -1);
        }
        return new Subscription(userdata, tag, 0, 0, 0, 0, b.getInt(16));
    }

    /**
     * One decoded subscription: a clock one uses {@code clockId..clockFlags}, an fd one {@code fd}.
     */
    public record Subscription(long userdata, int type, int clockId, long timeout, long precision,
                               int clockFlags, int fd) {
    }
}
