package dev.wasm4j.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.internal.text.TextParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WastParserTest {

    private static List<WastCommand> parse(String script) {
        return WastParser.parse(script, "test.wast").commands();
    }

    private static WastCommand only(String script) {
        List<WastCommand> commands = parse(script);
        assertEquals(1, commands.size());
        return commands.get(0);
    }

    @Test
    void modulesInTheirThreeFormsKeepIdKindAndLine() {
        List<WastCommand> commands = parse("""
                (module $a (func))
                (module $b binary "\\00asm" "\\01\\00\\00\\00")
                (module quote "(func" ")")
                (module definition $d (memory 1))
                (module instance $i $d)
                """);
        WastModule a = ((WastCommand.DefineModule) commands.get(0)).module();
        assertEquals(Optional.of("a"), a.id());
        assertEquals(ModuleKind.TEXT, a.kind());
        assertEquals(1, a.line());
        assertFalse(a.isDefinition());
        WastModule b = ((WastCommand.DefineModule) commands.get(1)).module();
        assertEquals(ModuleKind.BINARY, b.kind());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, b.encode());
        WastModule q = ((WastCommand.DefineModule) commands.get(2)).module();
        assertEquals(ModuleKind.QUOTE, q.kind());
        assertEquals(3, commands.get(2).line());
        assertEquals(Hex.of(a.encode()), Hex.of(q.encode()));
        WastModule d = ((WastCommand.DefineModule) commands.get(3)).module();
        assertTrue(d.isDefinition());
        assertEquals(Optional.of("d"), d.id());
        assertEquals(new WastCommand.InstantiateModule(5, Optional.of("i"), Optional.of("d")), commands.get(4));
    }

    @Test
    void bareModuleFieldsFormOneModule() {
        List<WastCommand> commands = parse("(func) (memory 0) (func (export \"f\"))\n(assert_return (invoke \"f\"))");
        assertEquals(2, commands.size());
        WastModule m = ((WastCommand.DefineModule) commands.get(0)).module();
        assertEquals(ModuleKind.TEXT, m.kind());
        assertTrue(m.encode().length > 8);
    }

    @Test
    void malformedQuotedModulesFailOnlyWhenEncoded() {
        WastCommand.AssertMalformed c = assertInstanceOf(WastCommand.AssertMalformed.class,
                only("(assert_malformed (module quote \"(func (i32.const0))\") \"unknown operator\")"));
        assertEquals("unknown operator", c.message());
        TextParseException e = assertThrows(TextParseException.class, () -> c.module().encode());
        assertTrue(e.reason().startsWith("unknown operator"));
    }

    @Test
    void invalidTextModulesStillEncode() {
        WastCommand.AssertInvalid c = assertInstanceOf(WastCommand.AssertInvalid.class,
                only("(assert_invalid (module (func (result i32) (i64.const 0))) \"type mismatch\")"));
        assertTrue(c.module().encode().length > 8);
    }

    @Test
    void textModuleErrorsPointIntoTheScript() {
        WastCommand.DefineModule c = (WastCommand.DefineModule) parse("\n\n(module\n  (func (br $nowhere)))").get(0);
        TextParseException e = assertThrows(TextParseException.class, () -> c.module().encode());
        assertEquals(4, e.line());
        assertEquals(13, e.column());
        assertEquals("unknown label", e.reason());
    }

    @Test
    void actionsAndRegister() {
        List<WastCommand> commands = parse("""
                (register "M" $m)
                (invoke $m "f" (i32.const -1) (i64.const 0xffff_ffff_ffff_ffff))
                (get "g")
                """);
        assertEquals(new WastCommand.Register(1, "M", Optional.of("m")), commands.get(0));
        WastAction.Invoke invoke = (WastAction.Invoke) ((WastCommand.Action) commands.get(1)).action();
        assertEquals(Optional.of("m"), invoke.moduleId());
        assertEquals("f", invoke.name());
        assertEquals(List.of(new WastValue.I32(-1), new WastValue.I64(-1L)), invoke.args());
        assertEquals(new WastAction.Get(Optional.empty(), "g"), ((WastCommand.Action) commands.get(2)).action());
    }

    @Test
    void argumentValuesKeepExactBits() {
        WastCommand.Action c = (WastCommand.Action) only("""
                (invoke "f" (f32.const nan:0x200000) (f64.const -nan) (f32.const 0x1p-149)
                  (v128.const i16x8 1 2 3 4 5 6 7 -1) (ref.null func) (ref.extern 7) (ref.host 3))
                """);
        List<WastValue> args = ((WastAction.Invoke) c.action()).args();
        assertEquals(new WastValue.F32(0x7fa00000), args.get(0));
        assertEquals(new WastValue.F64(0xfff8000000000000L), args.get(1));
        assertEquals(new WastValue.F32(1), args.get(2));
        assertArrayEquals(new byte[] {1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, -1, -1},
                ((WastValue.V128) args.get(3)).bytes());
        assertEquals(new WastValue.RefNull("func"), args.get(4));
        assertEquals(new WastValue.RefExtern(7), args.get(5));
        assertEquals(new WastValue.RefHost(3), args.get(6));
        assertEquals("f32:1.4E-45 (0x1)", args.get(2).toString());
    }

    @Test
    void expectedResultsCoverNanPatternsLanesAndReferences() {
        WastCommand.AssertReturn c = (WastCommand.AssertReturn) only("""
                (assert_return (invoke "f")
                  (i32.const 1) (f32.const nan:canonical) (f64.const nan:arithmetic) (f64.const -0.0)
                  (v128.const f32x4 1 nan:canonical -inf nan:arithmetic)
                  (ref.null) (ref.null extern) (ref.extern) (ref.extern 2) (ref.func) (ref.func 3)
                  (ref.any) (ref.eq) (ref.i31) (ref.struct) (ref.array) (ref.exn) (ref.host 1)
                  (either (i32.const 1) (i32.const 2)))
                """);
        List<WastExpected> e = c.expected();
        assertEquals(new WastExpected.Exact(new WastValue.I32(1)), e.get(0));
        assertEquals(new WastExpected.F32Nan(NanKind.CANONICAL), e.get(1));
        assertEquals(new WastExpected.F64Nan(NanKind.ARITHMETIC), e.get(2));
        assertEquals(new WastExpected.Exact(new WastValue.F64(0x8000000000000000L)), e.get(3));
        WastExpected.V128 lanes = (WastExpected.V128) e.get(4);
        assertEquals("f32x4", lanes.shape());
        assertEquals(List.of(new WastExpected.Lane.Bits(0x3f800000L), new WastExpected.Lane.Nan(NanKind.CANONICAL),
                new WastExpected.Lane.Bits(0xff800000L), new WastExpected.Lane.Nan(NanKind.ARITHMETIC)), lanes.lanes());
        assertEquals(new WastExpected.RefOfKind(RefKind.NULL), e.get(5));
        assertEquals(new WastExpected.Exact(new WastValue.RefNull("extern")), e.get(6));
        assertEquals(new WastExpected.RefOfKind(RefKind.EXTERN), e.get(7));
        assertEquals(new WastExpected.Exact(new WastValue.RefExtern(2)), e.get(8));
        assertEquals(new WastExpected.RefOfKind(RefKind.FUNC), e.get(9));
        assertEquals(new WastExpected.FuncRef(3), e.get(10));
        assertEquals(List.of(RefKind.ANY, RefKind.EQ, RefKind.I31, RefKind.STRUCT, RefKind.ARRAY, RefKind.EXN),
                e.subList(11, 17).stream().map(x -> ((WastExpected.RefOfKind) x).kind()).toList());
        assertEquals(new WastExpected.Exact(new WastValue.RefHost(1)), e.get(17));
        assertEquals(new WastExpected.Either(List.of(new WastExpected.Exact(new WastValue.I32(1)),
                new WastExpected.Exact(new WastValue.I32(2)))), e.get(18));
    }

    @Test
    void v128PatternsMatchLittleEndianLanes() {
        WastCommand.AssertReturn c = (WastCommand.AssertReturn) only(
                "(assert_return (invoke \"f\") (v128.const f64x2 nan:canonical 1.0))");
        WastExpected.V128 p = (WastExpected.V128) c.expected().get(0);
        byte[] v = new byte[16];
        long nan = 0xfff8000000000000L;
        long one = Double.doubleToRawLongBits(1.0);
        for (int i = 0; i < 8; i++) {
            v[i] = (byte) (nan >>> (8 * i));
            v[8 + i] = (byte) (one >>> (8 * i));
        }
        assertTrue(p.matches(v));
        v[15] = 0;
        assertFalse(p.matches(v));
    }

    @Test
    void nanKindsMatchCanonicalAndArithmeticNans() {
        assertTrue(NanKind.CANONICAL.matchesF32(0xffc00000));
        assertFalse(NanKind.CANONICAL.matchesF32(0x7fc00001));
        assertTrue(NanKind.ARITHMETIC.matchesF32(0x7fc00001));
        assertFalse(NanKind.ARITHMETIC.matchesF32(0x7f800001));
        assertTrue(NanKind.ARITHMETIC.matchesF64(0x7ff8000000000001L));
    }

    @Test
    void assertionsOnActionsAndModules() {
        List<WastCommand> commands = parse("""
                (assert_trap (invoke "f") "unreachable")
                (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
                (assert_exhaustion (invoke "f") "call stack exhausted")
                (assert_exception (invoke "f"))
                (assert_unlinkable (module (import "m" "f" (func))) "unknown import")
                (assert_uninstantiable (module (func)) "x")
                (assert_malformed (module binary "") "unexpected end")
                (assert_malformed_custom (module quote "(@custom)") "@custom annotation: missing section name")
                (assert_invalid_custom (module) "x")
                """);
        assertEquals(new WastCommand.AssertTrap(1, new WastAction.Invoke(Optional.empty(), "f", List.of()),
                "unreachable"), commands.get(0));
        assertInstanceOf(WastCommand.AssertModuleTrap.class, commands.get(1));
        assertInstanceOf(WastCommand.AssertExhaustion.class, commands.get(2));
        assertInstanceOf(WastCommand.AssertException.class, commands.get(3));
        assertInstanceOf(WastCommand.AssertUnlinkable.class, commands.get(4));
        assertInstanceOf(WastCommand.AssertUninstantiable.class, commands.get(5));
        WastCommand.AssertMalformed binary = (WastCommand.AssertMalformed) commands.get(6);
        assertEquals(0, binary.module().encode().length);
        WastCommand.AssertMalformedCustom custom = (WastCommand.AssertMalformedCustom) commands.get(7);
        assertThrows(TextParseException.class, () -> custom.module().encode());
        assertInstanceOf(WastCommand.AssertInvalidCustom.class, commands.get(8));
        for (int i = 0; i < commands.size(); i++) {
            assertEquals(i + 1, commands.get(i).line());
        }
    }

    @Test
    void unknownCommandsAreKeptAsUnsupported() {
        List<WastCommand> commands = parse("(thread $t (module)) (wait $t) (assert_suspension (invoke \"f\") \"x\")");
        assertEquals(List.of(new WastCommand.Unsupported(1, "thread"), new WastCommand.Unsupported(1, "wait"),
                new WastCommand.Unsupported(1, "assert_suspension")), commands);
    }

    @Test
    void malformedScriptsThrowWithPosition() {
        TextParseException e = assertThrows(TextParseException.class,
                () -> WastParser.parse("(assert_return (invoke \"f\")\n  (i32.const 1.5))", "s.wast"));
        assertEquals("s.wast:2:14: unexpected token", e.getMessage());
    }

    /** Local copy of the hex helper (the text package's is package-private). */
    private static final class Hex {
        static String of(byte[] b) {
            return java.util.HexFormat.of().formatHex(b);
        }
    }
}
