package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiTypes;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output or error into a host stream. Each {@code fd_write} is flushed, so output from the guest
 * and the host interleaves in call order. The stream belongs to the embedder and is never closed here.
 */
public final class OutputDescriptor extends Descriptor {
    private final OutputStream out;
    private final boolean terminal;

    /** @param terminal whether to report a character device (a TTY to the guest's libc) */
    public OutputDescriptor(OutputStream out, boolean terminal) {
        super(Rights.STDOUT, 0, 0);
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public int filetype() {
        return terminal ? WasiTypes.FILETYPE_CHARACTER_DEVICE : WasiTypes.FILETYPE_UNKNOWN;
    }

    @Override
    public boolean isStream() {
        return true;
    }

    @Override
    public long write(Iovecs iovs) throws IOException {
        long n = iovs.writeTo((buf, length) -> out.write(buf, 0, length));
        out.flush();
        return n;
    }

    @Override
    public void sync(boolean dataOnly) throws IOException {
        out.flush();
    }

    @Override
    public FileStat stat() {
        return new FileStat(0, 0, filetype(), 1, 0, 0, 0, 0);
    }

    @Override
    public long readableBytes() {
        return -1;
    }
}
