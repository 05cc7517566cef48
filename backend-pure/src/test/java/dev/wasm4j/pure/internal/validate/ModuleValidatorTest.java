package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static dev.wasm4j.pure.internal.validate.FunctionValidatorTest.assertInvalid;
import static dev.wasm4j.pure.internal.validate.FunctionValidatorTest.valid;

class ModuleValidatorTest {
    private static final Set<Feature> V2 = Feature.WASM_2_0;
    private static final Set<Feature> V3 = Feature.WASM_3_0;

    @Test
    void exportNamesMustBeUnique() {
        assertInvalid("duplicate export name", "(module (func) (export \"a\" (func 0)) (export \"a\" (func 0)))", V2);
    }

    @Test
    void theStartFunctionTakesAndReturnsNothing() {
        assertInvalid("start function", "(module (func (param i32)) (start 0))", V2);
        assertInvalid("unknown function 1", "(module (func) (start 1))", V2);
        valid("(module (func) (start 0))", V2);
    }

    @Test
    void memoriesAreLimitedInNumberAndSize() {
        assertInvalid("multiple memories", "(module (memory 1) (memory 1))", V2);
        valid("(module (memory 1) (memory 1))", V3);
        assertInvalid("memory size must be at most 65536 pages (4GiB)", "(module (memory 65537))", V2);
        assertInvalid("size minimum must not be greater than maximum", "(module (memory 2 1))", V2);
        valid("(module (memory i64 70000))", V3);
    }

    @Test
    void sharedMemoriesNeedAMaximum() {
        Set<Feature> threads = EnumSet.copyOf(V3);
        threads.add(Feature.THREADS);
        valid("(module (memory 1 2 shared))", threads);
    }

    @Test
    void constantExpressionsAllowOnlyConstantInstructions() {
        assertInvalid("constant expression required",
                "(module (global i32 (i32.const 1) (i32.const 2) (i32.add)))", V2);
        valid("(module (global i32 (i32.add (i32.const 1) (i32.const 2))))", V3);
        assertInvalid("constant expression required", "(module (global i32 (nop) (i32.const 1)))", V2);
        assertInvalid("type mismatch", "(module (global i32 (i64.const 1)))", V2);
    }

    @Test
    void constantExpressionsSeeImportedGlobalsOnlyBeforeGc() {
        String text = "(module (global i32 (i32.const 1)) (global i32 (global.get 0)))";
        assertInvalid("unknown global 0", text, V2);
        valid(text, V3);
        assertInvalid("constant expression required",
                "(module (import \"m\" \"g\" (global (mut i32))) (global i32 (global.get 0)))", V2);
    }

    @Test
    void elementSegmentsMustFitTheirTable() {
        assertInvalid("type mismatch", "(module (table 1 externref) (func $f) (elem (i32.const 0) $f))", V2);
        assertInvalid("unknown table 0", "(module (func $f) (elem (i32.const 0) $f))", V2);
        assertInvalid("type mismatch", "(module (table 1 funcref) (elem (i64.const 0)))", V2);
    }

    @Test
    void dataSegmentsNeedAMemory() {
        assertInvalid("unknown memory 0", "(module (data (i32.const 0) \"a\"))", V2);
        valid("(module (memory i64 1) (data (i64.const 0) \"a\"))", V3);
    }

    @Test
    void tagsCarryValuesButReturnNothing() {
        valid("(module (tag (param i32 f64)))", V3);
    }

    @Test
    void subtypesMustMatchTheirDeclaredSupertype() {
        assertInvalid("sub type 1 does not match super type 0",
                "(module (type (sub (struct (field i32)))) (type (sub 0 (struct (field i64)))))", V3);
        assertInvalid("sub type 1 does not match super type 0",
                "(module (type (struct)) (type (sub 0 (struct))))", V3);
        valid("(module (type (sub (func (param i32) (result anyref)))) "
                + "(type (sub 0 (func (param i32) (result eqref)))))", V3);
    }

    @Test
    void subtypeChainsAreLimitedInDepth() {
        StringBuilder types = new StringBuilder("(module (type (sub (struct)))");
        for (int i = 1; i <= 64; i++) {
            types.append(" (type (sub ").append(i - 1).append(" (struct)))");
        }
        assertInvalid("subtyping depth of type 64 exceeds the limit of 63", types + ")", V3);
    }

    @Test
    void typesMayOnlyReferToDefinedTypes() {
        assertInvalid("unknown type", "(module (type (func (param (ref 1)))))", V3);
        valid("(module (rec (type (struct (field (ref null 1)))) (type (struct (field (ref null 0))))))", V3);
    }
}
