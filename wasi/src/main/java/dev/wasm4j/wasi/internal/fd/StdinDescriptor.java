package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiTypes;

import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input from a host stream. A read blocks for its first bytes only and then takes what is
 * already available, as reading a pipe does, so an interactive guest is not stalled filling a large buffer.
 */
public final class StdinDescriptor extends Descriptor {
    private final InputStream in;
    private final boolean terminal;
    private final boolean neverBlocks;

    /**
     * @param terminal    whether to report a character device (a TTY to the guest's libc)
     * @param neverBlocks whether {@code in} holds all its data already (bytes given up front), so that
     *                    {@code available() == 0} means the end rather than "not yet"
     */
    public StdinDescriptor(InputStream in, boolean terminal, boolean neverBlocks) {
        super(Rights.STDIN, 0, 0);
        this.in = in;
        this.terminal = terminal;
        this.neverBlocks = neverBlocks;
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
    public long read(Iovecs iovs) throws IOException {
        boolean[] first = {true};
        return iovs.readFrom((buf, length) -> {
            if (!first[0] && in.available() <= 0) {
                return 0;
            }
            first[0] = false;
            return in.read(buf, 0, length);
        });
    }

    @Override
    public FileStat stat() {
        return new FileStat(0, 0, filetype(), 1, 0, 0, 0, 0);
    }

    @Override
    public long readableBytes() throws IOException {
        int n = in.available();
        return n > 0 || neverBlocks ? n : -1;
    }

    @Override
    public boolean writable() {
        return false;
    }
}
