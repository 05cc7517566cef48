package dev.wasm4j.capi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order the library is looked for in, and what is said when it is nowhere. Needs no library. */
class WasmtimeLibraryTest {
    private static final String CACHED =
            ".cache/wasm4j/native/wasmtime-" + WasmtimeLibrary.VERSION + "/_libwasmtime.so";

    @TempDir
    Path dir;

    private Path file(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.write(path, new byte[] {1});
    }

    @Test
    void the_system_property_wins_over_everything() throws IOException {
        Path chosen = file(dir.resolve("chosen.so"));
        Path other = file(dir.resolve("env.so"));
        assertEquals(chosen, WasmtimeLibrary.locate(chosen.toString(), other.toString(), dir, "").path().orElseThrow());
    }

    @Test
    void then_the_environment_variable() throws IOException {
        Path fromEnv = file(dir.resolve("env.so"));
        assertEquals(fromEnv, WasmtimeLibrary.locate(null, fromEnv.toString(), dir, "").path().orElseThrow());
    }

    @Test
    void an_explicit_choice_naming_no_file_is_not_passed_over() throws IOException {
        file(dir.resolve(CACHED));
        WasmtimeLibrary.Location l = WasmtimeLibrary.locate("/no/such/lib.so", null, dir, "");
        assertTrue(l.path().isEmpty());
        assertTrue(l.notFoundMessage().contains("wasm4j.wasmtime.library = /no/such/lib.so"), l.notFoundMessage());
    }

    @Test
    void then_the_cache_directory_fetch_sh_fills() throws IOException {
        Path cached = file(dir.resolve(CACHED));
        Path onPath = file(dir.resolve("lib/libwasmtime.so"));
        String libraryPath = onPath.getParent().toString();
        assertEquals(cached, WasmtimeLibrary.locate(null, null, dir, libraryPath).path().orElseThrow());
    }

    @Test
    void then_java_library_path() throws IOException {
        Path onPath = file(dir.resolve("lib/libwasmtime.so"));
        assertEquals(onPath, WasmtimeLibrary.locate(null, "", dir, "/nowhere:" + onPath.getParent()).path()
                .orElseThrow());
    }

    @Test
    void nowhere_names_every_place_and_the_command_that_installs_it() {
        WasmtimeLibrary.Location l = WasmtimeLibrary.locate(null, null, dir, "/a:/b");
        assertTrue(l.path().isEmpty());
        String message = l.notFoundMessage();
        for (String expected : new String[] {"wasm4j.wasmtime.library", "WASM4J_WASMTIME_LIBRARY",
                dir.resolve(".cache/wasm4j/native").toString(), "java.library.path [/a, /b]",
                "native-src/wasmtime/fetch.sh"}) {
            assertTrue(message.contains(expected), "no '" + expected + "' in: " + message);
        }
    }
}
