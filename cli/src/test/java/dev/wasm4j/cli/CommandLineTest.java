package dev.wasm4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    /** Runs the CLI in-process and returns {exit code, stdout, stderr}. */
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        synchronized (CommandLineTest.class) {
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int code = Main.execute(args);
                return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8)};
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }

    @Test
    void backends_lists_pure_as_available() {
        String[] r = run("backends");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("pure: available"), r[1]);
    }

    @Test
    void validate_reports_a_malformed_module_with_offset_and_reason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.wasm");
        Files.write(bad, new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0});
        String[] r = run("validate", bad.toString());
        assertNotEquals("0", r[0]);
        assertTrue(r[1].contains("unknown binary version"), r[1]);
        assertTrue(r[1].contains("offset 4"), r[1]);
    }

    @Test
    void inspect_shows_imports_and_exports(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("m.wat");
        Files.writeString(wat, "(module (import \"env\" \"f\" (func (param i32)))"
                + " (memory (export \"mem\") 1) (func (export \"g\") (result i64) i64.const 1))");
        String[] r = run("inspect", wat.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("env::f (func (param i32))"), r[1]);
        assertTrue(r[1].contains("mem (memory 1)"), r[1]);
        assertTrue(r[1].contains("g (func (result i64))"), r[1]);
    }

    @Test
    void unknown_backend_is_one_clear_line(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("m.wat");
        Files.writeString(wat, "(module)");
        String[] r = run("validate", "--backend", "nosuch", wat.toString());
        assertNotEquals("0", r[0]);
        assertTrue(r[2].startsWith("error: unknown backend 'nosuch'"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void run_invokes_an_export_with_typed_arguments_and_prints_results() {
        String[] r = run("run", "--invoke", "fib", "../examples/fib.wat", "20");
        assertEquals("0", r[0], r[2]);
        assertEquals("6765", r[1].strip());
    }

    @Test
    void run_reports_a_trap_in_one_line_with_the_function(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("t.wat");
        Files.writeString(wat, "(module (func $boom (export \"boom\") (param i32) (result i32)"
                + " (i32.div_s (i32.const 1) (local.get 0))))");
        String[] r = run("run", "--invoke", "boom", wat.toString(), "0");
        assertNotEquals("0", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("integer divide by zero"), r[2]);
        assertTrue(r[2].contains("boom"), r[2]);
    }

    @Test
    void run_stops_an_endless_loop_by_fuel_and_by_timeout(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("spin.wat");
        Files.writeString(wat, "(module (func (export \"spin\") (loop $l (br $l))))");
        String[] fuel = run("run", "--fuel", "100000", "--invoke", "spin", wat.toString());
        assertNotEquals("0", fuel[0]);
        assertTrue(fuel[2].contains("all fuel consumed"), fuel[2]);
        String[] timeout = run("run", "--timeout", "200ms", "--invoke", "spin", wat.toString());
        assertNotEquals("0", timeout[0]);
        assertTrue(timeout[2].contains("interrupt"), timeout[2]);
        String[] enough = run("run", "--fuel", "10000000", "--invoke", "fib", "../examples/fib.wat", "20");
        assertEquals("0", enough[0], enough[2]);
        assertEquals("6765", enough[1].strip());
    }

    @Test
    void run_keeps_memory_within_max_memory_size(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("grow.wat");
        Files.writeString(wat, "(module (memory 1) (func (export \"grow\") (param i32) (result i32)"
                + " (memory.grow (local.get 0))))");
        assertEquals("1", run("run", "--max-memory-size", "128K", "--invoke", "grow", wat.toString(), "1")[1].strip());
        assertEquals("-1", run("run", "--max-memory-size", "128K", "--invoke", "grow", wat.toString(), "2")[1].strip());
        String[] bad = run("run", "--timeout", "soon", "--invoke", "grow", wat.toString(), "1");
        assertNotEquals("0", bad[0]);
        assertTrue(bad[2].contains("--timeout 'soon'"), bad[2]);
    }

    @Test
    void run_preloads_modules_and_initializes_reactors(@TempDir Path dir) throws Exception {
        Path lib = dir.resolve("lib.wat");
        Files.writeString(lib, "(module (global $base (mut i32) (i32.const 0))"
                + " (func (export \"_initialize\") (global.set $base (i32.const 1000)))"
                + " (func (export \"scale\") (param i32) (result i32)"
                + " (i32.add (global.get $base) (i32.mul (local.get 0) (i32.const 10)))))");
        Path main = dir.resolve("main.wat");
        Files.writeString(main, "(module (import \"lib\" \"scale\" (func $scale (param i32) (result i32)))"
                + " (func (export \"go\") (param i32) (result i32) (call $scale (local.get 0))))");
        String[] r = run("run", "--preload", "lib=" + lib, "--invoke", "go", main.toString(), "4");
        assertEquals("0", r[0], r[2]);
        assertEquals("1040", r[1].strip());
        assertEquals("1040", run("run", "--invoke", "scale", lib.toString(), "4")[1].strip());
        String[] bad = run("run", "--preload", "lib", "--invoke", "go", main.toString(), "4");
        assertNotEquals("0", bad[0]);
        assertTrue(bad[2].contains("must be NAME=MODULE"), bad[2]);
    }

    @Test
    void run_returns_the_exit_code_of_proc_exit(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("exit.wat");
        Files.writeString(wat, "(module (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $exit (param i32)))"
                + " (memory (export \"memory\") 1)"
                + " (func (export \"_start\") (call $exit (i32.const 42))))");
        String[] r = run("run", wat.toString());
        assertEquals("42", r[0], r[2]);
    }

    @Test
    void run_names_an_import_nothing_provides(@TempDir Path dir) throws Exception {
        Path wat = dir.resolve("imp.wat");
        Files.writeString(wat, "(module (import \"env\" \"missing\" (func)) (func (export \"_start\")))");
        String[] r = run("run", wat.toString());
        assertNotEquals("0", r[0]);
        assertTrue(r[2].contains("env::missing"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void run_rejects_a_file_that_is_not_wasm(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.wasm");
        Files.writeString(junk, "this is not a module");
        String[] r = run("run", junk.toString());
        assertNotEquals("0", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        String[] missing = run("run", dir.resolve("nope.wasm").toString());
        assertNotEquals("0", missing[0]);
        assertTrue(missing[2].contains("nope.wasm"), missing[2]);
    }
}
