package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and loads wasmtime's C API library. The wheel's {@code _libwasmtime.so} has no SONAME and a leading
 * underscore, so {@code System.loadLibrary} cannot find it: it is loaded by path, looked for in this order:
 * <ol>
 *   <li>the system property {@value #PROPERTY} (a file),</li>
 *   <li>the environment variable {@value #ENV} (a file),</li>
 *   <li>the cache directory {@code native-src/wasmtime/fetch.sh} fills,
 *       {@code ~/.cache/wasm4j/native/wasmtime-VERSION/_libwasmtime.so},</li>
 *   <li>each directory of {@code java.library.path} ({@code _libwasmtime.so}, then {@code libwasmtime.so}).</li>
 * </ol>
 * An explicit choice (property or variable) that names no file is an error, not a reason to look further.
 */
public final class WasmtimeLibrary {
    /** The version the bindings were written against and {@code fetch.sh} pins. */
    public static final String VERSION = "50.0.1";
    public static final String PROPERTY = "wasm4j.wasmtime.library";
    public static final String ENV = "WASM4J_WASMTIME_LIBRARY";
    public static final String INSTALL_COMMAND = "native-src/wasmtime/fetch.sh";
    private static final String FILE_NAME = "_libwasmtime.so";

    private WasmtimeLibrary() {
    }

    /** Where the library was found, or every place looked at and why each did not do. */
    public record Location(Optional<Path> path, List<String> searched) {
        /** Why there is no library, with the command that installs it. */
        public String notFoundMessage() {
            return "wasmtime's C API library (" + FILE_NAME + ", wasmtime " + VERSION + ") was not found; looked at: "
                    + String.join("; ", searched) + ". Install it with " + INSTALL_COMMAND
                    + " (from the wasm4j source tree), or point -D" + PROPERTY + " or " + ENV + " at the library file";
        }
    }

    /** Looks for the library in the documented order; does not load it. */
    public static Location locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(System.getProperty("user.home")),
                System.getProperty("java.library.path", ""));
    }

    /** {@link #locate()} with its inputs given (for tests). */
    static Location locate(String property, String env, Path home, String libraryPath) {
        List<String> searched = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            return explicit(Path.of(property), "system property " + PROPERTY, searched);
        }
        if (env != null && !env.isBlank()) {
            return explicit(Path.of(env), "environment variable " + ENV, searched);
        }
        searched.add("system property " + PROPERTY + " (not set)");
        searched.add("environment variable " + ENV + " (not set)");
        Path cached = cacheDirectory(home).resolve(FILE_NAME);
        if (Files.isRegularFile(cached)) {
            return new Location(Optional.of(cached), searched);
        }
        searched.add(cached + " (no such file)");
        List<String> dirs = new ArrayList<>();
        for (String dir : libraryPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            dirs.add(dir);
            for (String name : List.of(FILE_NAME, "libwasmtime.so")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate)) {
                    return new Location(Optional.of(candidate), searched);
                }
            }
        }
        searched.add("java.library.path " + (dirs.isEmpty() ? "(empty)" : dirs) + " (no " + FILE_NAME
                + " or libwasmtime.so)");
        return new Location(Optional.empty(), searched);
    }

    /** {@code ~/.cache/wasm4j/native/wasmtime-VERSION}, where {@code fetch.sh} puts the library. */
    public static Path cacheDirectory() {
        return cacheDirectory(Path.of(System.getProperty("user.home")));
    }

    private static Path cacheDirectory(Path home) {
        return home.resolve(Path.of(".cache", "wasm4j", "native", "wasmtime-" + VERSION));
    }

    private static Location explicit(Path file, String source, List<String> searched) {
        if (Files.isRegularFile(file)) {
            return new Location(Optional.of(file), searched);
        }
        searched.add(source + " = " + file + " (no such file)");
        return new Location(Optional.empty(), searched);
    }

    /**
     * The loaded library's symbols. Loading happens once, when the bindings ({@link wasm_h}, {@link wasmtime_h})
     * are first used; callers check {@link WasmtimeBackend#unavailableReason()} before that.
     */
    static SymbolLookup symbols() {
        return Loaded.SYMBOLS;
    }

    private static final class Loaded {
        static final SymbolLookup SYMBOLS = load();

        private static SymbolLookup load() {
            Location location = locate();
            Path path = location.path().orElseThrow(() -> new IllegalStateException(location.notFoundMessage()));
            // The library stays loaded for the life of the JVM: wasmtime's signal handlers point into it.
            return SymbolLookup.libraryLookup(path, Arena.global());
        }
    }
}
