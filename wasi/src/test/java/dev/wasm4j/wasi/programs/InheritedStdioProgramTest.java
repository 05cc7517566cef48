package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Inherited stdio is System.in/out/err as they are when the context is made; isolated since it swaps them. */
@Isolated
class InheritedStdioProgramTest {
    @OnEveryBackend
    void inheritsTheHostsStreams(WasiRun wasi) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream("from system in".getBytes(StandardCharsets.UTF_8)));
            int code = Wasi.run(wasi.module("stdio"), WasiConfig.builder().args("p", "upper").inheritStdio().build());
            assertEquals(0, code);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        assertEquals("FROM SYSTEM IN", out.toString(StandardCharsets.UTF_8));
        assertEquals("read 14 bytes\n", err.toString(StandardCharsets.UTF_8));
    }
}
