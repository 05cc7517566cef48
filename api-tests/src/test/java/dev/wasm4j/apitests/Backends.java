package dev.wasm4j.apitests;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backends every test of this module runs on: each backend on the class path that is available here.
 *
 * <p>A JDK 22+ build puts backend wasmtime on the class path (profile {@code native-backends}); it must then
 * be listed and available, or the whole suite fails instead of quietly testing pure alone. Only
 * {@code -Dwasm4j.native.optional=true} lets it be missing, said out loud on stderr.
 */
public final class Backends {
    public static final String PURE = "pure";
    public static final String WASMTIME = "wasmtime";
    /** The first JDK whose builds include the native backends. */
    static final int NATIVE_JDK = 22;
    static final String OPTIONAL_PROPERTY = "wasm4j.native.optional";

    private Backends() {
    }

    /** The names of the available backends; fails when a backend this JDK's build must have is missing. */
    public static List<String> names() {
        List<BackendInfo> all = Engine.backends();
        problem(all).ifPresent(problem -> {
            if (!Boolean.getBoolean(OPTIONAL_PROPERTY)) {
                throw new AssertionError(problem);
            }
            System.err.println("SKIPPED backend " + WASMTIME + " (" + OPTIONAL_PROPERTY + "=true): " + problem);
        });
        List<String> names = new ArrayList<>();
        for (BackendInfo b : all) {
            if (b.available()) {
                names.add(b.name());
            }
        }
        return names;
    }

    /** What is wrong with {@code backends} for this JDK, if anything. */
    static Optional<String> problem(List<BackendInfo> backends) {
        if (backends.stream().noneMatch(b -> b.name().equals(PURE) && b.available())) {
            return Optional.of("backend " + PURE + " is not available: " + backends);
        }
        if (Runtime.version().feature() >= NATIVE_JDK) {
            Optional<BackendInfo> wasmtime = backends.stream().filter(b -> b.name().equals(WASMTIME)).findFirst();
            if (wasmtime.isEmpty()) {
                return Optional.of("JDK " + Runtime.version().feature() + " builds backend " + WASMTIME
                        + " but it is not on the class path; backends found: " + backends);
            }
            if (!wasmtime.get().available()) {
                return Optional.of("backend " + WASMTIME + " is not available on JDK " + Runtime.version().feature()
                        + ": " + wasmtime.get().unavailableReason().orElseThrow());
            }
        }
        return Optional.empty();
    }

    /** For {@link OnEveryBackend}: a fresh fixture per test and backend, closed by JUnit afterwards. */
    static Stream<Wasm> fixtures() {
        return names().stream().map(Wasm::new);
    }
}
