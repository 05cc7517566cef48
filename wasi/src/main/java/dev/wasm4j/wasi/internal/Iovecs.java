package dev.wasm4j.wasi.internal;

import java.io.IOException;

/**
 * Checked scatter/gather buffers in guest memory. Data moves through a bounded host buffer, chunk by
 * chunk, so a guest asking for a huge transfer does not make the host allocate a copy of it.
 */
public final class Iovecs {
    /** The most one read or write moves, so the count fits the u32 {@code size} result. */
    public static final long MAX_TRANSFER = 0xFFFF_FFFFL;
    private static final int CHUNK = 64 * 1024;

    /** Takes gathered bytes: {@code buf[0..length)}. */
    public interface Sink {
        void accept(byte[] buf, int length) throws IOException;
    }

    /**
     * Fills {@code buf[0..length)} as far as it can: returns the count (less than asked means no more for
     * now), or -1 at the end of the data.
     */
    public interface Source {
        int read(byte[] buf, int length) throws IOException;
    }

    private final GuestMemory memory;
    private final long[] addresses;
    private final long[] lengths;

    Iovecs(GuestMemory memory, long[] addresses, long[] lengths) {
        this.memory = memory;
        this.addresses = addresses;
        this.lengths = lengths;
    }

    /** The total length, capped at {@link #MAX_TRANSFER}. */
    public long totalLength() {
        long total = 0;
        for (long len : lengths) {
            total += len;
        }
        return Math.min(total, MAX_TRANSFER);
    }

    /** Hands every buffer's bytes to {@code sink} in order; returns how many bytes were handed over. */
    public long writeTo(Sink sink) throws IOException {
        long limit = totalLength();
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(limit, 1))];
        long done = 0;
        for (int i = 0; i < addresses.length && done < limit; i++) {
            long len = Math.min(lengths[i], limit - done);
            for (long off = 0; off < len; ) {
                int n = (int) Math.min(chunk.length, len - off);
                memory.readChecked(addresses[i] + off, chunk, 0, n);
                sink.accept(chunk, n);
                off += n;
                done += n;
            }
        }
        return done;
    }

    /**
     * Fills the buffers from {@code source} in order until they are full, the source ends, or the source
     * gives less than asked; returns how many bytes were stored.
     */
    public long readFrom(Source source) throws IOException {
        long limit = totalLength();
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(limit, 1))];
        long done = 0;
        for (int i = 0; i < addresses.length && done < limit; i++) {
            long len = Math.min(lengths[i], limit - done);
            for (long off = 0; off < len; ) {
                int want = (int) Math.min(chunk.length, len - off);
                int got = source.read(chunk, want);
                if (got <= 0) {
                    return done;
                }
                memory.writeChecked(addresses[i] + off, chunk, 0, got);
                off += got;
                done += got;
                if (got < want) {
                    return done;
                }
            }
        }
        return done;
    }
}
