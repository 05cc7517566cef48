package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Inline type uses reuse an equal plain function type or append one, in order of appearance. */
class TypeUseInsertionTest {

    @Test
    void inlineSignatureReusesAnExplicitTypeDefinedLater() {
        byte[] m = Wat.toBinary("(func (param i32)) (type $t (func (param i32)))");
        assertEquals("01 60 01 7f 00", Hex.section(m, 1));
        assertEquals("01 00", Hex.section(m, 3));
    }

    @Test
    void newSignaturesAreAppendedInOrderOfFirstUse() {
        byte[] m = Wat.toBinary("""
                (type $x (func (param i64)))
                (func (result f32) (f32.const 0))
                (func (param f64))
                (func (result f32) (f32.const 1))
                (func (type $x))
                """);
        assertEquals("03 60 01 7e 00 60 00 01 7d 60 01 7c 00", Hex.section(m, 1));
        assertEquals("04 01 02 01 00", Hex.section(m, 3));
    }

    @Test
    void blockTypesAndCallIndirectInsertTypesAtTheirPositionInTheCode() {
        byte[] m = Wat.toBinary("""
                (table 1 funcref)
                (func
                  (block (param i32) (result i64) (drop) (i64.const 0)) (drop)
                  (call_indirect (param f32) (f32.const 0) (i32.const 0)))
                """);
        // [] -> [] for the function itself, then (i32) -> (i64), then (f32) -> ()
        assertEquals("03 60 00 00 60 01 7f 01 7e 60 01 7d 00", Hex.section(m, 1));
    }

    @Test
    void singleResultAndEmptyBlockTypesNeedNoTypeIndex() {
        byte[] m = Wat.toBinary("(func (block (result i32) (i32.const 1)) drop (block))");
        assertEquals("01 60 00 00", Hex.section(m, 1));
        assertEquals("02 7f 41 01 0b 1a 02 40 0b 0b", Hex.onlyBody(m));
    }

    @Test
    void subtypesAndRecursionGroupsWithSeveralTypesAreNotReused() {
        byte[] m = Wat.toBinary("""
                (type $open (sub (func)))
                (rec (type $r (func)) (type (struct)))
                (func)
                """);
        // The function gets a new plain type at index 3.
        assertEquals("01 03", Hex.section(m, 3));
    }

    @Test
    void singletonRecursionGroupIsReused() {
        byte[] m = Wat.toBinary("(rec (type $ft (func))) (func)");
        assertEquals("01 60 00 00", Hex.section(m, 1));
        assertEquals("01 00", Hex.section(m, 3));
    }

    @Test
    void explicitTypeWithMatchingInlineSignatureNamesTheParameters() {
        byte[] m = Wat.toBinary("""
                (type $t (func (param i32) (result i32)))
                (func (type $t) (param $x i32) (result i32) (local.get $x))
                """);
        assertEquals("01 00", Hex.section(m, 3));
        assertEquals("20 00 0b", Hex.onlyBody(m));
    }

    @Test
    void inlineSignatureDisagreeingWithTheTypeIsMalformed() {
        TextParseException e = assertThrows(TextParseException.class, () -> Wat.toBinary(
                "(type $t (func (param i32))) (func (type $t) (param i64))"));
        assertEquals("inline function type", e.reason());
    }

    @Test
    void unknownTypeIndexWithoutInlineSignatureIsLeftToValidation() {
        byte[] m = Wat.toBinary("(func (type 7))");
        assertEquals("01 07", Hex.section(m, 3));
    }

    @Test
    void localsFollowParametersOfTheReferencedType() {
        byte[] m = Wat.toBinary("""
                (type $t (func (param i32 i64)))
                (func (type $t) (local $a f32) (local.get $a))
                """);
        byte[] code = Hex.parse(Hex.section(m, 10));
        // one local run of one f32, then local.get 2
        assertEquals("01 06 01 01 7d 20 02 0b", Hex.of(code));
    }
}
