package dev.wasm4j.wasi;

import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.fd.FdTable;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;
import dev.wasm4j.wasi.internal.fd.OutputDescriptor;
import dev.wasm4j.wasi.internal.fd.StdinDescriptor;
import dev.wasm4j.wasi.internal.fs.PreopenDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The state of one WASI guest: its descriptors (stdio, preopens, files it opened), arguments, environment
 * and clocks. One per store, used by that store's thread. Closing it closes the files the guest left
 * open; the stdio streams belong to the embedder and stay open.
 */
public final class WasiContext implements AutoCloseable {
    private final WasiConfig config;
    final WasiState state;

    private WasiContext(WasiConfig config, WasiState state) {
        this.config = config;
        this.state = state;
    }

    /**
     * A fresh context: descriptors 0, 1, 2 are stdin, stdout and stderr, then the preopens in order.
     *
     * @throws UncheckedIOException     when a preopened directory cannot be resolved
     * @throws IllegalArgumentException when a preopened path is not a directory
     */
    public static WasiContext create(WasiConfig config) {
        FdTable fds = new FdTable();
        WasiConfig.Input in = config.stdin();
        fds.insert(new StdinDescriptor(in.stream().get(), in.terminal(), in.neverBlocks()));
        fds.insert(new OutputDescriptor(config.stdout().stream().get(), config.stdout().terminal()));
        fds.insert(new OutputDescriptor(config.stderr().stream().get(), config.stderr().terminal()));
        for (WasiPreopen p : config.preopens()) {
            fds.insert(OpenDirectory.preopened(PreopenDir.of(p.hostPath(), p.guestPath(), p.readOnly())));
        }
        WasiState state = new WasiState(config.args(), config.env(), fds,
                config.random() != null ? config.random() : new SecureRandom());
        return new WasiContext(config, state);
    }

    public WasiConfig config() {
        return config;
    }

    /** Closes every descriptor the guest still has open. */
    @Override
    public void close() {
        try {
            state.fds().closeAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
