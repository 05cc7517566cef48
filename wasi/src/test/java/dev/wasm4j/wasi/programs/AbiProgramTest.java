package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class AbiProgramTest {
    @TempDir
    Path sandbox;

    @OnEveryBackend
    void rawAbiLayoutsAndErrnos(WasiRun wasi) throws IOException {
        Files.writeString(sandbox.resolve("a.txt"), "aaa");
        Files.writeString(sandbox.resolve("b.txt"), "b");
        Files.writeString(sandbox.resolve("c.txt"), "c");
        WasiRun.Result r = wasi.run("abi", WasiConfig.builder().args("abi", "ünï").env("K", "v=w")
                .preopenDir(sandbox, "/sandbox"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                layouts_ok
                bad_descriptors_ok
                sockets_signals_ok
                readdir_ok
                poll_ok
                args_ok
                done failures=0
                """, r.stdout());
    }
}
