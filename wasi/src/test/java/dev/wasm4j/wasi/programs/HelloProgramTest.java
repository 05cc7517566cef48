package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

class HelloProgramTest {
    @Test
    void printsAndExitsZero() {
        WasiRun.Result r = WasiRun.run("hello", WasiConfig.builder().args("hello"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("hello from wasi\n", r.stdout(), r::toString);
        assertEquals("to stderr\n", r.stderr(), r::toString);
    }

    @Test
    void returnsExitCodeFromMain() {
        WasiRun.Result r = WasiRun.run("hello", WasiConfig.builder().args("hello", "42"));
        assertEquals(42, r.exitCode(), r::toString);
        assertEquals("hello from wasi\n", r.stdout(), r::toString);
    }
}
