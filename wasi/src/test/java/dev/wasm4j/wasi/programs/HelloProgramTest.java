package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.WasiConfig;

class HelloProgramTest {
    @OnEveryBackend
    void printsAndExitsZero(WasiRun wasi) {
        WasiRun.Result r = wasi.run("hello", WasiConfig.builder().args("hello"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("hello from wasi\n", r.stdout(), r::toString);
        assertEquals("to stderr\n", r.stderr(), r::toString);
    }

    @OnEveryBackend
    void returnsExitCodeFromMain(WasiRun wasi) {
        WasiRun.Result r = wasi.run("hello", WasiConfig.builder().args("hello", "42"));
        assertEquals(42, r.exitCode(), r::toString);
        assertEquals("hello from wasi\n", r.stdout(), r::toString);
    }
}
