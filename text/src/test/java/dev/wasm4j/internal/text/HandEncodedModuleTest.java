package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whole modules compared byte for byte with encodings worked out by hand from the binary format. */
class HandEncodedModuleTest {

    @Test
    void importsMemoryFunctionExportAndDataEncodeInSectionOrder() {
        byte[] actual = Wat.toBinary("""
                (module
                  (type $t (func (param i32 i32) (result i32)))
                  (import "env" "g" (global $g i32))
                  (memory 1 2)
                  (func $add (export "add") (type $t)
                    local.get 0
                    local.get 1
                    i32.add)
                  (data (i32.const 8) "hi"))
                """);
        String expected = String.join(" ",
                "00 61 73 6d 01 00 00 00",          // magic, version
                "01 07 01 60 02 7f 7f 01 7f",       // type: (i32 i32) -> i32
                "02 0a 01 03 65 6e 76 01 67 03 7f 00", // import "env" "g" global i32 const
                "03 02 01 00",                      // function 0 has type 0
                "05 04 01 01 01 02",                // memory min 1 max 2
                "07 07 01 03 61 64 64 00 00",       // export "add" func 0
                "0a 09 01 07 00 20 00 20 01 6a 0b", // code: local.get 0, local.get 1, i32.add, end
                "0b 08 01 00 41 08 0b 02 68 69",    // data: active memory 0 at i32.const 8, "hi"
                "00 0d 04 6e 61 6d 65",             // custom section "name", from the ids
                "01 06 01 00 03 61 64 64");         // function names: 0 -> "add"
        assertEquals(expected, Hex.of(actual));
    }

    @Test
    void recursiveGroupImplicitTypeTableAndLegacyElementSegment() {
        byte[] actual = Wat.toBinary("""
                (rec (type $s (struct (field $x (mut i32)))) (type $a (array i8)))
                (table 2 funcref)
                (func $f)
                (elem (i32.const 0) $f $f)
                """);
        String expected = String.join(" ",
                "00 61 73 6d 01 00 00 00",
                // rec group of struct (mut i32) and array i8; then the inserted type [] -> []
                "01 0d 02 4e 02 5f 01 7f 01 5e 78 00 60 00 00",
                "03 02 01 02",       // function 0 has the inserted type 2
                "04 04 01 70 00 02", // table funcref min 2
                "09 08 01 00 41 00 0b 02 00 00", // active segment, table 0, offset 0, funcs [0, 0]
                "0a 04 01 02 00 0b",
                "00 0b 04 6e 61 6d 65 01 04 01 00 01 66"); // name section: function 0 -> "f"
        assertEquals(expected, Hex.of(actual));
    }

    @Test
    void moduleIdAndBareFieldsEncodeTheSameButForTheModuleName() {
        String fields = "(func (result i32) (i32.const 42)) (export \"f\" (func 0))";
        assertEquals(Hex.of(Wat.toBinary(fields)) + " 00 09 04 6e 61 6d 65 00 02 01 6d",
                Hex.of(Wat.toBinary("(module $m " + fields + ")")));
    }

    @Test
    void emptyModuleIsJustTheHeader() {
        assertEquals("00 61 73 6d 01 00 00 00", Hex.of(Wat.toBinary("(module)")));
        assertEquals("00 61 73 6d 01 00 00 00", Hex.of(Wat.toBinary("")));
    }

    @Test
    void foldedAndPlainInstructionsEncodeTheSame() {
        String folded = "(func (param i32) (result i32) (i32.add (local.get 0) (i32.const -1)))";
        String plain = "(func (param i32) (result i32) local.get 0 i32.const -1 i32.add)";
        assertEquals(Hex.of(Wat.toBinary(plain)), Hex.of(Wat.toBinary(folded)));
        assertEquals("20 00 41 7f 6a 0b", Hex.onlyBody(Wat.toBinary(folded)));
    }

    @Test
    void memargDefaultsToNaturalAlignmentAndEncodesMemoryIndexWithFlag() {
        byte[] m = Wat.toBinary("""
                (memory 1) (memory $b 1)
                (func (result i64)
                  (i64.load offset=16 (i32.const 0))
                  (i64.load8_u $b align=1 (i32.const 0))
                  drop)
                """);
        // i64.load: align 3, offset 16; i64.load8_u on memory 1: flags 0x40|0, memory 1, offset 0
        assertEquals("41 00 29 03 10 41 00 31 40 01 00 1a 0b", Hex.onlyBody(m));
    }

    @Test
    void simdConstantsLanesAndShuffles() {
        byte[] m = Wat.toBinary("""
                (func (result v128)
                  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31
                    (v128.const i32x4 1 -1 0x10 0)
                    (f32x4.replace_lane 3 (v128.const f64x2 1.0 -0.0) (f32.const 1))))
                """);
        String expected = String.join(" ",
                "fd 0c 01 00 00 00 ff ff ff ff 10 00 00 00 00 00 00 00",
                "fd 0c 00 00 00 00 00 00 f0 3f 00 00 00 00 00 00 00 80",
                "43 00 00 80 3f",
                "fd 20 03",
                "fd 0d 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 1f",
                "0b");
        assertEquals(expected, Hex.onlyBody(m));
    }

    @Test
    void gcInstructionsResolveTypeAndFieldNames() {
        byte[] m = Wat.toBinary("""
                (type $p (struct (field $x i32) (field $y (mut i64))))
                (func (param (ref $p)) (result i64)
                  (struct.get $p $y (local.get 0)))
                """);
        // struct.get = 0xfb 0x02, type 0, field 1
        assertEquals("20 00 fb 02 00 01 0b", Hex.onlyBody(m));
        // param (ref 0) = 0x64 0x00
        assertEquals("02 5f 02 7f 00 7e 01 60 01 64 00 01 7e", Hex.section(m, 1));
    }

    @Test
    void castsEncodeNullabilityInOpcodeOrFlags() {
        byte[] m = Wat.toBinary("""
                (type $t (struct))
                (func (param anyref) (result anyref)
                  (block $l (result (ref $t))
                    (drop (ref.test (ref null $t) (local.get 0)))
                    (drop (ref.cast (ref $t) (local.get 0)))
                    (br_on_cast $l anyref (ref $t) (local.get 0))
                    (return)))
                """);
        String expected = String.join(" ",
                "02 64 00",                // block (result (ref 0))
                "20 00 fb 15 00 1a",       // ref.test nullable: 0xfb 21, heap type 0
                "20 00 fb 16 00 1a",       // ref.cast non-null: 0xfb 22
                "20 00 fb 18 01 00 6e 00", // br_on_cast flags=1 (source nullable), label 0, any, 0
                "0f 0b 0b");
        assertEquals(expected, Hex.onlyBody(m));
    }

    @Test
    void exceptionHandlingTryTableAndLegacyTry() {
        byte[] m = Wat.toBinary("""
                (tag $e (param i32))
                (func (result i32)
                  (block $h (result i32)
                    (try_table (catch $e $h) (throw $e (i32.const 1))))
                  (try (result i32) (do (i32.const 2)) (catch $e) (catch_all (i32.const 3))))
                """);
        String expected = String.join(" ",
                "02 7f",             // block $h (result i32)
                "1f 40 01 00 00 00", // try_table, empty type, one clause: catch tag 0 label 0
                "41 01 08 00",       // i32.const 1, throw 0
                "0b 0b",
                "06 7f 41 02 07 00 19 41 03 0b", // try, catch 0, catch_all
                "0b");
        assertEquals(expected, Hex.onlyBody(m));
    }

    @Test
    void dataCountSectionAppearsWhenCodeUsesDataIndices() {
        byte[] with = Wat.toBinary("(memory 1) (data $d \"x\") (func (data.drop $d))");
        assertEquals("01", Hex.section(with, 12));
        byte[] without = Wat.toBinary("(memory 1) (data $d \"x\") (func)");
        assertEquals(null, Hex.section(without, 12));
    }

    @Test
    void inlineTableElementsAndMemoryDataDefineLimits() {
        byte[] m = Wat.toBinary("""
                (table $t funcref (elem $f $f $f))
                (memory (data "abc" "d"))
                (func $f)
                """);
        assertEquals("01 70 01 03 03", Hex.section(m, 4));
        assertEquals("01 01 01 01", Hex.section(m, 5));
        assertEquals("01 00 41 00 0b 03 00 00 00", Hex.section(m, 9));
        assertEquals("01 00 41 00 0b 04 61 62 63 64", Hex.section(m, 11));
    }

    @Test
    void memory64SharedAndCustomPageSizeSetLimitFlags() {
        byte[] m = Wat.toBinary("(memory i64 1 2 shared) (memory 0 (pagesize 1))");
        assertEquals("02 07 01 02 08 00 00", Hex.section(m, 5));
    }

    @Test
    void customAnnotationsBecomeCustomSectionsAtTheirPlacement() {
        byte[] m = Wat.toBinary("""
                (module
                  (@custom "a" "1")
                  (@custom "b" (before first) "2")
                  (@custom "c" (after type) "3" "4")
                  (type (func)))
                """);
        String expected = String.join(" ",
                "00 61 73 6d 01 00 00 00",
                "00 03 01 62 32",    // "b" before everything
                "01 04 01 60 00 00",
                "00 04 01 63 33 34", // "c" after the type section
                "00 03 01 61 31");   // "a" defaults to the end
        assertEquals(expected, Hex.of(m));
    }
}
