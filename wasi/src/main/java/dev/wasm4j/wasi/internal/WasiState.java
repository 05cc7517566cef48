package dev.wasm4j.wasi.internal;

import dev.wasm4j.wasi.internal.fd.FdTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Everything one WASI guest owns: its arguments and environment (as the NUL-free UTF-8 strings the guest
 * receives), its descriptors, clocks and random source. Used by one thread at a time, like its store.
 */
public final class WasiState {
    private final List<byte[]> args;
    private final List<byte[]> environ;
    private final FdTable fds;
    private final Clocks clocks;
    private final Random random;

    public WasiState(List<String> args, Map<String, String> env, FdTable fds, Random random) {
        this.args = utf8(args);
        List<String> pairs = new ArrayList<>();
        env.forEach((k, v) -> pairs.add(k + "=" + v));
        this.environ = utf8(pairs);
        this.fds = fds;
        this.clocks = new Clocks();
        this.random = random;
    }

    private static List<byte[]> utf8(List<String> strings) {
        List<byte[]> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return List.copyOf(out);
    }

    public List<byte[]> args() {
        return args;
    }

    public List<byte[]> environ() {
        return environ;
    }

    public FdTable fds() {
        return fds;
    }

    public Clocks clocks() {
        return clocks;
    }

    public Random random() {
        return random;
    }
}
