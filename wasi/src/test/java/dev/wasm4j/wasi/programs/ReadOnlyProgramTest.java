package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

class ReadOnlyProgramTest {
    @TempDir
    Path tmp;

    @OnEveryBackend
    void aReadOnlyPreopenCannotBeChanged(WasiRun wasi) throws IOException {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Path rw = Files.createDirectories(tmp.resolve("rw"));
        Files.writeString(ro.resolve("file.txt"), "read me");
        Files.createDirectories(ro.resolve("dir"));
        Map<String, String> before = SandboxEscapeProgramTest.snapshot(ro);

        WasiRun.Result r = wasi.run("readonly", WasiConfig.builder().args("readonly")
                .preopenDir(ro, "/ro", true).preopenDir(rw, "/rw"));

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("done failures=0\n", r.stdout());
        assertEquals(before, SandboxEscapeProgramTest.snapshot(ro));
        try (Stream<Path> s = Files.list(rw)) {
            assertEquals(0, s.count());
        }
    }
}
