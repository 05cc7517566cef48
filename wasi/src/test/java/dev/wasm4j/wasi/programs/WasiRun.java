package dev.wasm4j.wasi.programs;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;
import dev.wasm4j.Module;
import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs compiled test programs on one backend through the public API, capturing stdout and stderr. The
 * program tests take one per available backend ({@link OnEveryBackend}) and expect the same output from
 * each. Engines and modules are shared by all tests (both are thread-safe), so each program compiles once
 * per backend.
 */
public final class WasiRun {
    static final String PURE = "pure";
    static final String WASMTIME = "wasmtime";
    /** The first JDK whose builds include the native backends (Maven profile {@code native-backends}). */
    static final int NATIVE_JDK = 22;
    static final String OPTIONAL_PROPERTY = "wasm4j.native.optional";

    private static final Map<String, WasiRun> RUNNERS = new ConcurrentHashMap<>();

    private final String backend;
    private final Map<String, Module> modules = new ConcurrentHashMap<>();
    private volatile Engine engine;

    /** What a run produced. */
    public record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private WasiRun(String backend) {
        this.backend = backend;
    }

    /** The runner of {@code backend}, shared by every test. */
    public static WasiRun on(String backend) {
        return RUNNERS.computeIfAbsent(backend, WasiRun::new);
    }

    /**
     * For {@link OnEveryBackend}: a runner per available backend. A JDK 22+ build has backend wasmtime on the
     * test class path: it must then be available, or the tests fail rather than quietly run on pure alone
     * ({@code -Dwasm4j.native.optional=true} lets it be missing, said on stderr).
     */
    public static Stream<WasiRun> backends() {
        List<BackendInfo> all = Engine.backends();
        problem(all).ifPresent(problem -> {
            if (!Boolean.getBoolean(OPTIONAL_PROPERTY)) {
                throw new AssertionError(problem);
            }
            System.err.println("SKIPPED backend " + WASMTIME + " (" + OPTIONAL_PROPERTY + "=true): " + problem);
        });
        return all.stream().filter(BackendInfo::available).map(b -> on(b.name()));
    }

    /** What is wrong with {@code backends} for this JDK, if anything. */
    static Optional<String> problem(List<BackendInfo> backends) {
        if (backends.stream().noneMatch(b -> b.name().equals(PURE) && b.available())) {
            return Optional.of("backend " + PURE + " is not available: " + backends);
        }
        if (Runtime.version().feature() >= NATIVE_JDK
                && backends.stream().noneMatch(b -> b.name().equals(WASMTIME) && b.available())) {
            return Optional.of("JDK " + Runtime.version().feature() + " builds backend " + WASMTIME
                    + ", which must be available here; backends found: " + backends);
        }
        return Optional.empty();
    }

    public String backend() {
        return backend;
    }

    public Engine engine() {
        if (engine == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = Engine.builder().backend(backend).build();
                }
            }
        }
        return engine;
    }

    /** The compiled {@code src/test/c/NAME.c}. */
    public Module module(String program) {
        return modules.computeIfAbsent(program, p -> Module.fromFile(engine(), WasiPrograms.compile(p)));
    }

    /** Runs {@code program} with {@code config}'s settings, stdout and stderr captured. */
    public Result run(String program, WasiConfig.Builder config) {
        return run(module(program), config);
    }

    /** Runs {@code module} with {@code config}'s settings, stdout and stderr captured. */
    public Result run(Module module, WasiConfig.Builder config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Wasi.run(module, config.stdout(out).stderr(err).build());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return backend;
    }
}
