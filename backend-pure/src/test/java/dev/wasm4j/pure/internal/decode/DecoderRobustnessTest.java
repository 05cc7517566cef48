package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.CompileException;
import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.validate.ModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static dev.wasm4j.pure.internal.testing.Bin.wat;
import static org.junit.jupiter.api.Assertions.fail;

/** Corrupted modules must be rejected with a compile error, never with any other exception. */
class DecoderRobustnessTest {
    private static final List<String> SEEDS = List.of("""
            (module
              (type $t (func (param i32) (result i32)))
              (import "m" "f" (func (type $t)))
              (memory 1 2) (table 2 funcref) (global $g (mut i64) (i64.const 3))
              (func (export "run") (param i32) (result i32)
                (block $b (result i32)
                  (br_table $b 0 (i32.load offset=8 (local.get 0)) (local.get 0))))
              (func (drop (v128.const i32x4 1 2 3 4)) (memory.fill (i32.const 0) (i32.const 1) (i32.const 2)))
              (elem (i32.const 0) func 0 1)
              (data (i32.const 0) "hello"))
            """, """
            (module
              (rec (type $s (sub (struct (field (mut i32)) (field (ref null $s))))))
              (type $a (array (mut i8)))
              (tag $e (param i32))
              (func (param (ref null $s)) (result i32)
                (try_table (catch $e 0) (throw $e (i32.const 1)))
                (struct.get $s 0 (ref.cast (ref $s) (local.get 0))))
              (func (result anyref) (array.new_default $a (i32.const 4))))
            """);

    @Test
    void randomCorruptionsOnlyEverCauseCompileErrors() {
        Set<Feature> all = EnumSet.copyOf(Feature.WASM_3_0);
        all.add(Feature.THREADS);
        all.add(Feature.WIDE_ARITHMETIC);
        all.add(Feature.LEGACY_EXCEPTIONS);
        Random random = new Random(42);
        for (String seed : SEEDS) {
            byte[] original = wat(seed);
            for (int i = 0; i < 3000; i++) {
                byte[] b = original.clone();
                int changes = 1 + random.nextInt(3);
                for (int k = 0; k < changes; k++) {
                    b[8 + random.nextInt(b.length - 8)] = (byte) random.nextInt(256);
                }
                if (random.nextInt(4) == 0) {
                    b = java.util.Arrays.copyOf(b, 8 + random.nextInt(b.length - 8));
                }
                Set<Feature> features = random.nextBoolean() ? all : Feature.WASM_2_0;
                try {
                    ModuleValidator.validate(ModuleDecoder.decode(b, features), features);
                } catch (CompileException expected) {
                    // rejected properly
                } catch (RuntimeException e) {
                    fail("corruption " + i + " of a seed module threw " + e, e);
                }
            }
        }
    }
}
