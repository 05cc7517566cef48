package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.wasm4j.pure.internal.testing.Bin.bytes;
import static dev.wasm4j.pure.internal.testing.Bin.oneFunction;
import static dev.wasm4j.pure.internal.testing.Bin.wat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionValidatorTest {
    private static final Set<Feature> V2 = Feature.WASM_2_0;
    private static final Set<Feature> V3 = Feature.WASM_3_0;

    static void valid(String text, Set<Feature> features) {
        byte[] bytes = wat(text);
        assertDoesNotThrow(() -> ModuleValidator.validate(ModuleDecoder.decode(bytes, features), features));
    }

    static InvalidModuleException invalid(String text, Set<Feature> features) {
        byte[] bytes = wat(text);
        return assertThrows(InvalidModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(bytes, features), features));
    }

    static void assertInvalid(String reason, String text, Set<Feature> features) {
        String actual = invalid(text, features).reason();
        assertTrue(actual.startsWith(reason), () -> "expected '" + reason + "', got '" + actual + "'");
    }

    @Test
    void wellTypedCodeIsValid() {
        valid("""
                (module (memory 1)
                  (func (param i32) (result i64)
                    (block (result i64)
                      (i64.extend_i32_u (i32.load offset=4 (local.get 0)))
                      (br_if 0 (local.get 0))
                      (drop) (i64.const 1))))
                """, V2);
    }

    @Test
    void operandTypeErrorsNameWhatWasExpectedAndFound() {
        InvalidModuleException e = invalid("(module (func (result i32) (i32.add (i32.const 1) (i64.const 2))))", V2);
        assertEquals("type mismatch: instruction requires [i32 i32] but stack has [i32 i64]", e.reason());
        assertEquals(0, e.functionIndex());
        assertInvalid("type mismatch: instruction requires [i32] but stack has []", "(module (func (result i32)))", V2);
        assertInvalid("type mismatch: block requires [] but stack has [i32]", "(module (func (i32.const 1)))", V2);
    }

    @Test
    void theErrorNamesTheFunctionAndTheInstructionOffset() {
        byte[] body = bytes(0x00, 0x01, 0x1A, 0x0B);
        byte[] module = oneFunction(body);
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(module, V2), V2));
        assertEquals(0, e.functionIndex());
        assertEquals(module.length - 2, e.offset());
    }

    @Test
    void unreachableCodeIsTypedPolymorphically() {
        valid("(module (func (result i32) (unreachable) (i32.add)))", V2);
        valid("(module (func (result f64) (block (br 0)) (unreachable) (select)))", V2);
        assertInvalid("type mismatch", "(module (func (unreachable) (i32.const 0) (i64.add) (drop)))", V2);
    }

    @Test
    void indicesOutOfRangeAreUnknown() {
        assertInvalid("unknown local 2", "(module (func (param i32) (local i32) (drop (local.get 2))))", V2);
        assertInvalid("unknown global 0", "(module (func (drop (global.get 0))))", V2);
        assertInvalid("unknown function 5", "(module (func (call 5)))", V2);
        assertInvalid("unknown label", "(module (func (br 1)))", V2);
        assertInvalid("unknown memory 0", "(module (func (drop (memory.size))))", V2);
        assertInvalid("unknown table 0", "(module (func (drop (table.size 0))))", V2);
        assertInvalid("unknown type", "(module (func (call_indirect (type 3) (i32.const 0))) (table 1 funcref))", V2);
        assertInvalid("unknown data segment 0", "(module (memory 1) (func (data.drop 0)))", V2);
        assertInvalid("unknown elem segment 0", "(module (func (elem.drop 0)))", V2);
        assertInvalid("unknown tag 0", "(module (func (throw 0)))", V3);
    }

    @Test
    void selectWithReferencesNeedsItsType() {
        assertInvalid("type mismatch",
                "(module (func (drop (select (ref.null func) (ref.null func) (i32.const 1)))))", V2);
        valid("(module (func (drop (select (result funcref) (ref.null func) (ref.null func) (i32.const 1)))))", V2);
    }

    @Test
    void refFuncNeedsADeclaration() {
        assertInvalid("undeclared function reference", "(module (func $f (drop (ref.func $f))))", V2);
        valid("(module (func $f (drop (ref.func $f))) (elem declare func $f))", V2);
        valid("(module (func $f (drop (ref.func $f))) (export \"f\" (func $f)))", V2);
    }

    @Test
    void globalSetOnAnImmutableGlobalUsesTheEditionsWording() {
        String text = "(module (global i32 (i32.const 0)) (func (global.set 0 (i32.const 1))))";
        assertInvalid("global is immutable", text, V2);
        assertInvalid("immutable global", text, V3);
    }

    @Test
    void memoryAccessesCheckAlignmentAndLanes() {
        assertInvalid("alignment must not be larger than natural",
                "(module (memory 1) (func (drop (i32.load16_s align=4 (i32.const 0)))))", V2);
        assertInvalid("invalid lane index",
                "(module (func (result i32) (i32x4.extract_lane 4 (v128.const i64x2 0 0))))", V2);
        assertInvalid("invalid lane index",
                "(module (memory 1) (func (drop (v128.load64_lane 2 (i32.const 0) (v128.const i64x2 0 0)))))", V2);
    }

    @Test
    void typedSelectNeedsExactlyOneType() {
        byte[] body = bytes(0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0x1C, 0x02, 0x7F, 0x7F, 0x1A, 0x0B);
        byte[] module = oneFunction(body);
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(module, V2), V2));
        assertEquals("invalid result arity", e.reason());
    }

    @Test
    void aStrayElseOrMissingEndIsMalformedNotInvalid() {
        byte[] strayElse = oneFunction(bytes(0x00, 0x05, 0x0B));
        assertEquals("END opcode expected", assertThrows(MalformedModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(strayElse, V2), V2)).reason());
        byte[] trailing = oneFunction(bytes(0x00, 0x0B, 0x01));
        assertEquals("section size mismatch", assertThrows(MalformedModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(trailing, V2), V2)).reason());
    }

    @Test
    void malformedCodeWinsOverAnEarlierTypeError() {
        // i64.add on nothing is invalid, but the illegal opcode after it makes the module malformed.
        byte[] module = oneFunction(bytes(0x00, 0x7C, 0xFF, 0x0B));
        assertThrows(MalformedModuleException.class,
                () -> ModuleValidator.validate(ModuleDecoder.decode(module, V2), V2));
    }

    @Test
    void nonDefaultableLocalsMustBeSetBeforeUse() {
        valid("(module (func (param (ref extern)) (local (ref extern)) (local.set 1 (local.get 0)) "
                + "(drop (local.get 1))))", V3);
        assertInvalid("uninitialized local", "(module (func (local (ref extern)) (drop (local.get 0))))", V3);
        assertInvalid("uninitialized local", "(module (func (param (ref extern)) (local (ref extern)) "
                + "(block (local.set 1 (local.get 0))) (drop (local.get 1))))", V3);
    }

    @Test
    void tailCallsMustReturnTheCallersResults() {
        valid("(module (func $f (result i32) (i32.const 1)) (func (result i32) (return_call $f)))", V3);
        assertInvalid("type mismatch", "(module (func $f (result i64) (i64.const 1)) "
                + "(func (result i32) (return_call $f)))", V3);
    }

    @Test
    void exceptionHandlersMatchTheirLabels() {
        valid("""
                (module (tag $e (param i32))
                  (func (result i32)
                    (block $h (result i32)
                      (try_table (catch $e $h) (throw $e (i32.const 7)))
                      (i32.const 0))))
                """, V3);
        assertInvalid("type mismatch", """
                (module (tag $e (param i64))
                  (func (result i32)
                    (block $h (result i32)
                      (try_table (catch $e $h) (nop))
                      (i32.const 0))))
                """, V3);
    }

    @Test
    void typedFunctionReferencesAreCalledByType() {
        valid("""
                (module (type $t (func (param i32) (result i32)))
                  (func $f (type $t) (local.get 0))
                  (elem declare func $f)
                  (func (result i32) (call_ref $t (i32.const 1) (ref.func $f))))
                """, V3);
        assertInvalid("type mismatch", """
                (module (type $t (func (param i32) (result i32))) (type $u (func))
                  (func $f (type $u))
                  (elem declare func $f)
                  (func (result i32) (call_ref $t (i32.const 1) (ref.func $f))))
                """, V3);
    }

    @Test
    void gcInstructionsRespectMutabilityAndSubtyping() {
        valid("""
                (module
                  (type $p (sub (struct (field (mut i32)))))
                  (type $c (sub $p (struct (field (mut i32)) (field f64))))
                  (func (param (ref $c)) (result i32)
                    (struct.set $p 0 (local.get 0) (i32.const 3))
                    (struct.get $p 0 (local.get 0))))
                """, V3);
        assertInvalid("immutable field",
                "(module (type $s (struct (field i32))) "
                        + "(func (param (ref $s)) (struct.set $s 0 (local.get 0) (i32.const 1))))",
                V3);
        assertInvalid("immutable array",
                "(module (type $a (array i8)) "
                        + "(func (param (ref $a)) (array.set $a (local.get 0) (i32.const 0) (i32.const 1))))",
                V3);
    }

    @Test
    void aHugeOperandCountInUnreachableCodeCostsNothing() {
        long start = System.nanoTime();
        valid("(module (type $a (array i32)) "
                + "(func (result anyref) (unreachable) (array.new_fixed $a 2147483647)))", V3);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "array.new_fixed must not pop one by one");
    }

    @Test
    void castsStayWithinOneHierarchy() {
        valid("(module (func (param anyref) (result i32) (ref.test i31ref (local.get 0))))", V3);
        assertInvalid("type mismatch",
                "(module (func (param externref) (result i32) (ref.test i31ref (local.get 0))))", V3);
    }

    @Test
    void atomicsNeedNaturalAlignment() {
        Set<Feature> threads = java.util.EnumSet.copyOf(V3);
        threads.add(Feature.THREADS);
        valid("(module (memory 1 1 shared) (func (result i32) (i32.atomic.rmw.add (i32.const 0) (i32.const 1))))",
                threads);
    }
}
