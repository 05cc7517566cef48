package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the C test programs of {@code src/test/c} to WASI modules in {@code target/wasi-programs} with
 * clang, once per run (and again only when the source is newer). A missing toolchain fails the test with
 * the command that installs it: these tests must not pass by skipping.
 */
public final class WasiPrograms {
    public static final String SETUP_HINT = "run scripts/setup-wasi-toolchain.sh (as root) to install clang, lld, "
            + "wasi-libc and libclang-rt-14-dev-wasm32";

    private static final Path SOURCES = Path.of("src", "test", "c");
    private static final Path OUTPUT = Path.of("target", "wasi-programs");
    private static final ConcurrentHashMap<String, Object> LOCKS = new ConcurrentHashMap<>();

    private WasiPrograms() {
    }

    /** The compiled {@code NAME.wasm} of {@code src/test/c/NAME.c}. */
    public static Path compile(String name) {
        synchronized (LOCKS.computeIfAbsent(name, n -> new Object())) {
            Path source = SOURCES.resolve(name + ".c");
            Path wasm = OUTPUT.resolve(name + ".wasm");
            try {
                if (!Files.exists(source)) {
                    fail("no test program " + source.toAbsolutePath());
                }
                if (Files.exists(wasm) && Files.getLastModifiedTime(wasm).compareTo(Files.getLastModifiedTime(source)) >= 0) {
                    return wasm;
                }
                Files.createDirectories(OUTPUT);
                String clang = clang();
                Path log = OUTPUT.resolve(name + ".log");
                List<String> command = new ArrayList<>(List.of(clang, "--target=wasm32-wasi", "-O2", "-Wall"));
                command.addAll(extraFlags(source));
                command.addAll(List.of("-o", wasm.toString(), source.toString()));
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("clang took more than 120 s to compile " + source);
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    fail("clang could not compile " + source + " for wasm32-wasi (is the WASI sysroot installed? "
                            + SETUP_HINT + "):\n" + output);
                }
                return wasm;
            } catch (IOException e) {
                throw new AssertionError("cannot compile " + source + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while compiling " + source, e);
            }
        }
    }

    /** Flags a program asks for in its first line, {@code // clang-flags: -msimd128 -O3}. */
    private static List<String> extraFlags(Path source) throws IOException {
        String first;
        try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        String marker = "// clang-flags:";
        if (first == null || !first.startsWith(marker)) {
            return List.of();
        }
        return Arrays.asList(first.substring(marker.length()).trim().split("\\s+"));
    }

    /** The clang to use: $WASM4J_CLANG, else clang on the PATH; fails with the setup hint when absent. */
    static String clang() {
        String env = System.getenv("WASM4J_CLANG");
        if (env != null && !env.isBlank()) {
            return env;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("clang", "clang-14")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        fail("clang was not found on the PATH, so the WASI test programs cannot be compiled; " + SETUP_HINT);
        return null;
    }
}
