package dev.wasm4j.conformance;

import dev.wasm4j.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WastRunnerTest {
    private static FileResult run(Path dir, String script) throws Exception {
        Path file = dir.resolve("t.wast");
        Files.writeString(file, script);
        return new WastRunner("pure", Feature.WASM_2_0).run(file, "t.wast");
    }

    @Test
    void counts_passing_commands(@TempDir Path dir) throws Exception {
        FileResult r = run(dir, """
                (module
                  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
                  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))
                (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
                (assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
                (assert_malformed (module quote "(func (i32.const))") "unexpected token")
                (assert_invalid (module (func (result i32) (i64.const 1))) "type mismatch")
                """);
        assertEquals(5, r.passed(), r.failures().toString());
        assertEquals(0, r.failed());
    }

    @Test
    void a_wrong_expectation_fails_with_its_line(@TempDir Path dir) throws Exception {
        FileResult r = run(dir, """
                (module (func (export "one") (result i32) (i32.const 1)))
                (assert_return (invoke "one") (i32.const 2))
                (assert_trap (invoke "one") "unreachable")
                (assert_invalid (module (func (result i32) (i32.const 1))) "type mismatch")
                """);
        assertEquals(1, r.passed());
        assertEquals(3, r.failed());
        assertEquals(2, r.failures().get(0).line());
        assertTrue(r.failures().get(0).message().contains("expected"), r.failures().get(0).message());
    }

    @Test
    void a_disabled_feature_is_not_a_pass(@TempDir Path dir) throws Exception {
        // Tail calls are not in WebAssembly 2.0: the module must be rejected, and the calls fail or skip.
        FileResult r = run(dir, """
                (module (func $f (export "f") (result i32) (return_call $g)) (func $g (result i32) (i32.const 7)))
                (assert_return (invoke "f") (i32.const 7))
                """);
        assertEquals(0, r.passed(), r.toString());
    }
}
