package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.WasiConfig;

import java.util.Random;

class ClockRandomProgramTest {
    @OnEveryBackend
    void clocks(WasiRun wasi) {
        long now = System.currentTimeMillis() / 1000;
        WasiRun.Result r = wasi.run("clocks", WasiConfig.builder().args("clocks", Long.toString(now)));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("realtime_ok\nmonotonic_ok\nsleep_ok\ncputime_ok\nresolution_ok\ndone failures=0\n", r.stdout());
    }

    @OnEveryBackend
    void randomBytesAreRandom(WasiRun wasi) {
        WasiRun.Result r = wasi.run("random", WasiConfig.builder().args("random"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("done failures=0\n", r.stdout());
    }

    @OnEveryBackend
    void randomSourceComesFromTheConfig(WasiRun wasi) {
        String a = wasi.run("random", WasiConfig.builder().args("random", "hex").random(new Random(42))).stdout();
        String b = wasi.run("random", WasiConfig.builder().args("random", "hex").random(new Random(42))).stdout();
        String c = wasi.run("random", WasiConfig.builder().args("random", "hex").random(new Random(43))).stdout();
        assertTrue(a.matches("[0-9a-f]{64}\n"), a);
        assertEquals(a, b);
        assertNotEquals(a, c);
        byte[] expected = new byte[32];
        new Random(42).nextBytes(expected);
        StringBuilder hex = new StringBuilder();
        for (byte x : expected) {
            hex.append(String.format("%02x", x));
        }
        assertEquals(hex + "\n", a);
    }
}
