package dev.wasm4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class WasiConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreEmpty() {
        WasiConfig c = WasiConfig.builder().build();
        assertEquals(List.of(), c.args());
        assertEquals(Map.of(), c.env());
        assertEquals(List.of(), c.preopens());
    }

    @Test
    void buildersAreImmutableAndShareable() {
        WasiConfig.Builder base = WasiConfig.builder().args("prog").env("A", "1");
        WasiConfig one = base.env("B", "2").build();
        WasiConfig two = base.args("other").build();
        assertEquals(List.of("prog"), one.args());
        assertEquals(List.of("A", "B"), List.copyOf(one.env().keySet()));
        assertEquals(List.of("other"), two.args());
        assertEquals(Map.of("A", "1"), two.env());
        assertEquals(Map.of("A", "1"), base.build().env());
        assertThrows(UnsupportedOperationException.class, () -> one.args().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> one.env().put("x", "y"));
    }

    @Test
    void envKeepsOrderAndLaterValuesWin() {
        WasiConfig c = WasiConfig.builder().env("Z", "1").env("A", "2").env("Z", "3").build();
        assertEquals(List.of("Z", "A"), List.copyOf(c.env().keySet()));
        assertEquals("3", c.env().get("Z"));
    }

    @Test
    void rejectsWhatTheGuestCouldNotReceive() {
        WasiConfig.Builder b = WasiConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> b.args("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> b.env("A=B", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.env("", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.env("A", "x\0"));
        assertThrows(IllegalArgumentException.class, () -> b.preopenDir(dir, ""));
        assertThrows(NullPointerException.class, () -> b.stdout(null));
    }

    @Test
    void preopensInOrder() throws IOException {
        Path other = Files.createDirectories(dir.resolve("o"));
        WasiConfig c = WasiConfig.builder().preopenDir(dir, "/a").preopenDir(other, "/b", true).build();
        assertEquals(List.of(new WasiPreopen(dir, "/a", false), new WasiPreopen(other, "/b", true)), c.preopens());
        try (WasiContext ctx = WasiContext.create(c)) {
            assertEquals(c, ctx.config());
        }
    }

    @Test
    void contextCreationChecksPreopens() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThrows(IllegalArgumentException.class,
                () -> WasiContext.create(WasiConfig.builder().preopenDir(file, "/f").build()));
        assertThrows(UncheckedIOException.class,
                () -> WasiContext.create(WasiConfig.builder().preopenDir(dir.resolve("missing"), "/m").build()));
    }

    @Test
    void exitExceptionCarriesTheCode() {
        WasiExitException e = new WasiExitException(-1);
        assertEquals(-1, e.exitCode());
        assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
        assertTrue(e instanceof dev.wasm4j.WasmException);
    }
}
