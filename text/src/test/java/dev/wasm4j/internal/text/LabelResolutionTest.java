package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Symbolic labels become relative depths; the innermost binding of a name wins. */
class LabelResolutionTest {

    private static String body(String func) {
        return Hex.onlyBody(Wat.toBinary(func));
    }

    private static String reason(String module) {
        return assertThrows(TextParseException.class, () -> Wat.toBinary(module)).reason();
    }

    @Test
    void labelsCountOutwardsFromTheInnermostBlock() {
        assertEquals("02 40 02 40 0c 01 0c 00 0b 0b 0b",
                body("(func (block $a (block $b (br $a) (br $b))))"));
    }

    @Test
    void innermostOfEqualNamesWins() {
        assertEquals("02 40 03 40 0c 00 0b 0b 0b", body("(func (block $l (loop $l (br $l))))"));
    }

    @Test
    void numericLabelsAreDepthsAsWritten() {
        assertEquals("02 40 02 40 0c 01 0b 0b 0b", body("(func block block br 1 end end)"));
    }

    @Test
    void brTableListsTargetsThenDefault() {
        assertEquals("02 40 02 40 41 00 0e 02 00 01 00 0b 0b 0b",
                body("(func (block $o (block $i (br_table $i $o $i (i32.const 0)))))"));
    }

    @Test
    void foldedIfConditionIsOutsideTheIfLabel() {
        assertEquals("02 7f 41 07 41 01 0d 00 04 7f 41 01 0c 01 05 41 02 0b 0b 0b",
                body("""
                        (func (result i32)
                          (block $b (result i32)
                            (if (result i32) (br_if $b (i32.const 7) (i32.const 1))
                              (then (i32.const 1) (br $b))
                              (else (i32.const 2)))))
                        """));
    }

    @Test
    void tryTableCatchLabelsAreResolvedOutsideTheTryTable() {
        assertEquals("02 40 1f 40 01 02 00 0b 0b 0b", body("(func (block $h (try_table $t (catch_all $h))))"));
    }

    @Test
    void delegateLabelIsResolvedOutsideTheTry() {
        assertEquals("06 40 06 40 18 00 0b 0b",
                body("(func (try $outer (do (try (do) (delegate $outer)))))"));
    }

    @Test
    void repeatedLabelAfterEndOrElseMustMatch() {
        assertEquals("02 40 0b 0b", body("(func block $x end $x)"));
        assertEquals("mismatching label", reason("(func block $x end $y)"));
        assertEquals("mismatching label", reason("(func block end $y)"));
        assertEquals("mismatching label", reason("(func i32.const 0 if $a else $b end $a)"));
    }

    @Test
    void unknownLabelIsMalformed() {
        assertEquals("unknown label", reason("(func (block $a (br $b)))"));
        // a label is not visible outside its block
        assertEquals("unknown label", reason("(func (block $a) (br $a))"));
    }
}
