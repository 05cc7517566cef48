package dev.wasm4j.wasi.programs;

import dev.wasm4j.Engine;
import dev.wasm4j.Module;
import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a compiled test program on the pure backend through the public API, capturing stdout and stderr.
 * Engine and modules are shared by all tests (both are thread-safe), so each program compiles once.
 */
public final class WasiRun {
    public static final String BACKEND = "pure";

    private static volatile Engine engine;
    private static final Map<String, Module> MODULES = new ConcurrentHashMap<>();

    /** What a run produced. */
    public record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private WasiRun() {
    }

    public static Engine engine() {
        if (engine == null) {
            synchronized (WasiRun.class) {
                if (engine == null) {
                    engine = Engine.builder().backend(BACKEND).build();
                }
            }
        }
        return engine;
    }

    public static Module module(String program) {
        return MODULES.computeIfAbsent(program, p -> Module.fromFile(engine(), WasiPrograms.compile(p)));
    }

    /** Runs {@code program} with {@code config}'s settings, stdout and stderr captured. */
    public static Result run(String program, WasiConfig.Builder config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Wasi.run(module(program), config.stdout(out).stderr(err).build());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
