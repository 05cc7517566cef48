package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.WasiConfig;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

class FilesProgramTest {
    @TempDir
    Path sandbox;

    @OnEveryBackend
    void fileAndDirectoryOperations(WasiRun wasi) throws IOException {
        WasiRun.Result r = wasi.run("files", WasiConfig.builder().args("files").preopenDir(sandbox, "/sandbox"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                stdio_files_ok
                descriptors_ok
                large_file_ok
                listing: . .. a.txt b c.txt
                directories_ok
                renames_ok
                links_ok
                times_ok
                raw_calls_ok
                done failures=0
                """, r.stdout());

        // What the guest did is there on the host.
        assertEquals("hello, file\nappended\n", Files.readString(sandbox.resolve("hello.txt")));
        assertEquals(100, Files.size(sandbox.resolve("data.bin")));
        assertEquals(3 * 1024 * 1024 + 17, Files.size(sandbox.resolve("large.bin")));
        assertEquals("abcd", Files.readString(sandbox.resolve("flags.txt")));
        try (Stream<Path> s = Files.list(sandbox.resolve("many"))) {
            assertEquals(300, s.count());
        }
        assertFalse(Files.exists(sandbox.resolve("dir")));
        assertEquals("first", Files.readString(sandbox.resolve("rdir2/moved.txt")));
        assertTrue(Files.isSymbolicLink(sandbox.resolve("dirlink")));
        assertEquals("real", Files.readSymbolicLink(sandbox.resolve("dirlink")).toString());
        assertEquals(2, Files.getAttribute(sandbox.resolve("hard.txt"), "unix:nlink"));
        assertEquals(1_200_000_000L, Files.getLastModifiedTime(sandbox.resolve("times.txt")).toMillis() / 1000);
    }
}
