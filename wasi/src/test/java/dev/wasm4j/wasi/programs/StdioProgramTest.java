package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;

class StdioProgramTest {
    @OnEveryBackend
    void stdinBytesToStdoutWithCountOnStderr(WasiRun wasi) {
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "upper")
                .stdin("Hello, World!\nsecond line".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("HELLO, WORLD!\nSECOND LINE", r.stdout());
        assertEquals("read 25 bytes\n", r.stderr());
    }

    @OnEveryBackend
    void defaultStdinIsEmpty(WasiRun wasi) {
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "lines"));
        assertEquals("lines=0\n", r.stdout(), r::toString);
    }

    @OnEveryBackend
    void binaryDataRoundTripsUnchanged(WasiRun wasi) {
        byte[] data = new byte[256 * 300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + i / 256);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Wasi.run(wasi.module("stdio"), WasiConfig.builder().args("p", "cat").stdin(data).stdout(out).build());
        assertEquals(0, code);
        assertArrayEquals(data, out.toByteArray());
    }

    @OnEveryBackend
    void stdinFromAStreamThatArrivesInPieces(WasiRun wasi) throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(writer);
        Thread feeder = new Thread(() -> {
            try {
                for (String piece : new String[] {"alpha\nbe", "ta\n", "gamma\n"}) {
                    writer.write(piece.getBytes(StandardCharsets.UTF_8));
                    writer.flush();
                    Thread.sleep(20);
                }
                writer.close();
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        feeder.start();
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "lines").stdin(in));
        feeder.join();
        assertEquals("1: alpha\n2: beta\n3: gamma\nlines=3\n", r.stdout(), r::toString);
    }

    @OnEveryBackend
    void pollWaitsForStdin(WasiRun wasi) throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(writer);
        Thread feeder = new Thread(() -> {
            try {
                Thread.sleep(300);
                writer.write("late".getBytes(StandardCharsets.UTF_8));
                writer.flush();
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        feeder.start();
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "poll").stdin(in));
        feeder.join();
        writer.close();
        assertEquals("first poll=0\nsecond poll=1 revents_in=1\nread=late\n", r.stdout(), r::toString);
    }

    @OnEveryBackend
    void stdoutAndStderrAreSeparate(WasiRun wasi) {
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "mixed"));
        assertEquals("out 0\nout 1\nout 2\n", r.stdout());
        assertEquals("err 0\nerr 1\nerr 2\n", r.stderr());
    }

    @OnEveryBackend
    void largeOutput(WasiRun wasi) {
        WasiRun.Result r = wasi.run("stdio", WasiConfig.builder().args("p", "big", "300"));
        assertEquals(0, r.exitCode());
        assertEquals(300 * 1024, r.stdout().length());
        assertEquals("abcdefghijklmnopqrstuvwxyzab", r.stdout().substring(0, 28));
    }

    @OnEveryBackend
    void discardedByDefault(WasiRun wasi) {
        int code = Wasi.run(wasi.module("stdio"), WasiConfig.builder().args("p", "mixed").build());
        assertEquals(0, code);
    }
}
