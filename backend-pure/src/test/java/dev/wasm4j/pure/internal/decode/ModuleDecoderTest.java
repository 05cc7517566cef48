package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.ExternKind;
import dev.wasm4j.Feature;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.ConstInstruction;
import dev.wasm4j.pure.internal.model.DataSegment;
import dev.wasm4j.pure.internal.model.ElementSegment;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.SegmentMode;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.wasm4j.pure.internal.testing.Bin.bytes;
import static dev.wasm4j.pure.internal.testing.Bin.concat;
import static dev.wasm4j.pure.internal.testing.Bin.module;
import static dev.wasm4j.pure.internal.testing.Bin.name;
import static dev.wasm4j.pure.internal.testing.Bin.section;
import static dev.wasm4j.pure.internal.testing.Bin.u32;
import static dev.wasm4j.pure.internal.testing.Bin.vec;
import static dev.wasm4j.pure.internal.testing.Bin.wat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleDecoderTest {
    private static final Set<Feature> V2 = Feature.WASM_2_0;
    private static final Set<Feature> V3 = Feature.WASM_3_0;
    private static final byte[] EMPTY_FUNC_TYPE = section(1, vec(bytes(0x60, 0, 0)));

    private static MalformedModuleException malformed(byte[] bytes, Set<Feature> features) {
        return assertThrows(MalformedModuleException.class, () -> ModuleDecoder.decode(bytes, features));
    }

    private static void assertMalformed(String reason, byte[] bytes) {
        assertEquals(reason, malformed(bytes, V2).reason());
        assertEquals(reason, malformed(bytes, V3).reason());
    }

    @Test
    void headerErrorsUseTheSuiteWording() {
        assertEquals("unexpected end", malformed(bytes(0, 'a', 's'), V2).reason());
        assertEquals("magic header not detected", malformed(bytes(0, 'A', 'S', 'M', 1, 0, 0, 0), V2).reason());
        assertEquals("unexpected end", malformed(bytes(0, 'a', 's', 'm', 1), V2).reason());
        MalformedModuleException version = malformed(bytes(0, 'a', 's', 'm', 2, 0, 0, 0), V2);
        assertEquals("unknown binary version", version.reason());
        assertEquals(4, version.offset());
    }

    @Test
    void anEmptyModuleHasEmptyIndexSpaces() {
        WasmModule m = ModuleDecoder.decode(module(), V2);
        assertEquals(0, m.numTypes());
        assertEquals(0, m.numFuncs());
        assertTrue(m.start().isEmpty());
        assertTrue(m.dataCount().isEmpty());
    }

    @Test
    void sectionsOutOfOrderOrRepeatedAreContentAfterTheLastSection() {
        byte[] function = section(3, vec());
        assertMalformed("unexpected content after last section", module(function, EMPTY_FUNC_TYPE));
        assertMalformed("unexpected content after last section", module(EMPTY_FUNC_TYPE, EMPTY_FUNC_TYPE));
    }

    @Test
    void unknownSectionIdsAreMalformed() {
        MalformedModuleException e = malformed(module(bytes(0x0E, 0x01, 0x00)), V3);
        assertEquals("malformed section id", e.reason());
        assertEquals(8, e.offset());
        // The tag section only exists with exception handling.
        assertEquals("malformed section id", malformed(module(section(13, vec())), V2).reason());
        assertEquals(0, ModuleDecoder.decode(module(section(13, vec())), V3).numTags());
    }

    @Test
    void sectionContentsMustFillTheirSize() {
        byte[] typeSectionTooLong = module(bytes(0x01, 0x05), vec(bytes(0x60, 0, 0)), bytes(0x00));
        assertMalformed("section size mismatch", typeSectionTooLong);
        assertMalformed("length out of bounds", module(bytes(0x01, 0x10, 0x00)));
    }

    @Test
    void customSectionsAreKeptInOrderAnywhere() {
        byte[] m = module(section(0, name("first"), bytes(1, 2, 3)), EMPTY_FUNC_TYPE, section(0, name("second")));
        WasmModule decoded = ModuleDecoder.decode(m, V2);
        assertEquals(2, decoded.customSections().size());
        assertEquals("first", decoded.customSections().get(0).name());
        assertArrayEquals(bytes(1, 2, 3), decoded.customSectionBytes(decoded.customSections().get(0)));
        assertEquals("second", decoded.customSections().get(1).name());
        assertEquals("unexpected end", malformed(module(bytes(0x00, 0x00)), V2).reason().substring(0, 14));
    }

    @Test
    void nameSectionGivesModuleFunctionAndLocalNames() {
        byte[] moduleName = section(0, name("m"));
        byte[] functionNames = section(1, vec(concat(u32(0), name("f"))));
        byte[] localNames = section(2, vec(concat(u32(0), vec(concat(u32(0), name("x")), concat(u32(1), name("y"))))));
        byte[] names = section(0, name("name"), moduleName, functionNames, localNames);
        WasmModule m = ModuleDecoder.decode(module(names), V2);
        assertEquals("m", m.names().moduleName().orElseThrow());
        assertEquals("f", m.names().functionName(0).orElseThrow());
        assertEquals("x", m.names().localNames().get(0).get(0));
        assertEquals("y", m.names().localNames().get(0).get(1));
    }

    @Test
    void aMalformedNameSectionIsIgnored() {
        byte[] brokenNames = section(0, name("name"), bytes(0x01, 0x05, 0x01, 0x00, 0x09, 'f'));
        WasmModule m = ModuleDecoder.decode(module(brokenNames), V2);
        assertTrue(m.names().moduleName().isEmpty());
        assertTrue(m.names().functionNames().isEmpty());
        assertEquals(1, m.customSections().size());
    }

    @Test
    void importsComeFirstInEveryIndexSpace() {
        WasmModule m = ModuleDecoder.decode(wat("""
                (module
                  (type $t (func (param i32) (result i64)))
                  (import "m" "f" (func (type $t)))
                  (import "m" "g" (global (mut i32)))
                  (import "m" "mem" (memory 1 2))
                  (func (type 0) (i64.const 0))
                  (func)
                  (global i64 (i64.const 7))
                  (export "f" (func 1)))
                """), V2);
        assertEquals(3, m.numFuncs());
        assertEquals(1, m.numImportedFuncs());
        assertEquals(2, m.numDefinedFuncs());
        assertEquals(ValueTypes.I64, m.funcType(0).result(0));
        assertEquals(0, m.funcTypeIndex(1));
        assertEquals(0, m.funcType(2).paramCount());
        assertEquals(1, m.body(1).funcIndex());
        assertEquals(2, m.numGlobals());
        assertTrue(m.global(0).mutable());
        assertNull(m.global(0).init());
        assertEquals(ValueTypes.I64, m.global(1).type());
        assertEquals(ExternKind.GLOBAL, m.imports().get(1).kind());
        assertEquals(0, m.imports().get(1).index());
        assertEquals(new dev.wasm4j.pure.internal.model.Export("f", ExternKind.FUNC, 1), m.exports().get(0));
        MemoryDef mem = m.memory(0);
        assertEquals(1, mem.min());
        assertEquals(2, mem.max());
        assertTrue(mem.hasMax());
    }

    @Test
    void constantExpressionsKeepTheirInstructions() {
        byte[] globals = wat("(module (global i64 (i64.const -5)) (global f32 (f32.const 1.5)))");
        WasmModule m = ModuleDecoder.decode(globals, V2);
        ConstInstruction c = m.global(0).init().single();
        assertEquals(Opcodes.I64_CONST, c.opcode());
        assertEquals(-5L, c.immediate());
        assertEquals(Float.floatToRawIntBits(1.5f), (int) m.global(1).init().single().immediate());
    }

    @Test
    void allEightElementSegmentFormsDecode() {
        byte[] i32Zero = bytes(0x41, 0x00, 0x0B);
        byte[] refFunc0 = bytes(0xD2, 0x00, 0x0B);
        byte[] elements = section(9, vec(
                concat(bytes(0x00), i32Zero, vec(bytes(0))),
                concat(bytes(0x01, 0x00), vec(bytes(0))),
                concat(bytes(0x02, 0x00), i32Zero, bytes(0x00), vec(bytes(0))),
                concat(bytes(0x03, 0x00), vec(bytes(0))),
                concat(bytes(0x04), i32Zero, vec(refFunc0)),
                concat(bytes(0x05, 0x70), vec(refFunc0)),
                concat(bytes(0x06, 0x00), i32Zero, bytes(0x70), vec(refFunc0)),
                concat(bytes(0x07, 0x70), vec(refFunc0))));
        byte[] m = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0))), section(4, vec(bytes(0x70, 0x00, 0x01))),
                elements, section(10, vec(bytes(0x02, 0x00, 0x0B))));
        WasmModule decoded = ModuleDecoder.decode(m, V2);
        SegmentMode[] modes = {SegmentMode.ACTIVE, SegmentMode.PASSIVE, SegmentMode.ACTIVE, SegmentMode.DECLARATIVE};
        for (int form = 0; form < 8; form++) {
            ElementSegment e = decoded.elements().get(form);
            assertEquals(modes[form % 4], e.mode(), "form " + form);
            assertEquals(form < 4, e.hasFunctionIndices(), "form " + form);
            assertEquals(1, e.size());
            assertEquals(e.mode() == SegmentMode.ACTIVE, e.offset() != null);
            assertEquals(ValueTypes.FUNCREF, e.elementType());
        }
        assertEquals(Opcodes.REF_FUNC, decoded.elements().get(7).expression(0).single().opcode());
    }

    @Test
    void functionIndexSegmentsHoldNonNullReferencesWithTypedReferences() {
        byte[] m = wat("(module (func) (elem declare func 0))");
        assertEquals(ValueTypes.ref(false, ValueTypes.HT_FUNC),
                ModuleDecoder.decode(m, V3).elements().get(0).elementType());
    }

    @Test
    void dataSegmentsStayInTheBinary() {
        WasmModule m = ModuleDecoder.decode(wat("(module (memory 1) (data (i32.const 8) \"abc\") (data \"xy\"))"), V2);
        DataSegment active = m.datas().get(0);
        assertEquals(SegmentMode.ACTIVE, active.mode());
        assertEquals(3, active.dataLength());
        assertArrayEquals("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), m.dataBytes(0));
        assertEquals(SegmentMode.PASSIVE, m.datas().get(1).mode());
        assertNull(m.datas().get(1).offset());
    }

    @Test
    void dataCountMustMatchTheDataSection() {
        byte[] m = module(section(5, vec(bytes(0x00, 0x01))), section(12, u32(2)),
                section(11, vec(concat(bytes(0x01), vec(bytes('a'))))));
        assertMalformed("data count and data section have inconsistent lengths", m);
    }

    @Test
    void functionAndCodeSectionsMustAgree() {
        byte[] twoFunctionsOneBody = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0), bytes(0))),
                section(10, vec(bytes(0x02, 0x00, 0x0B))));
        assertMalformed("function and code section have inconsistent lengths", twoFunctionsOneBody);
        byte[] noCode = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0))));
        assertMalformed("function and code section have inconsistent lengths", noCode);
    }

    @Test
    void functionBodiesAreKeptAsRangesWithTheirLocals() {
        byte[] body = bytes(0x02, 0x01, 0x7F, 0x03, 0x7E, 0x01, 0x0B);
        byte[] m = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0))), section(10, vec(concat(u32(body.length), body))));
        FunctionBody b = ModuleDecoder.decode(m, V2).body(0);
        assertEquals(4, b.localCount());
        assertEquals(2, b.localRunCount());
        assertEquals(ValueTypes.I64, b.localRunType(1));
        int[] locals = new int[4];
        b.expandLocals(locals, 0);
        assertArrayEquals(new int[] {ValueTypes.I32, ValueTypes.I64, ValueTypes.I64, ValueTypes.I64}, locals);
        assertEquals(b.end() - 2, b.codeStart());
        assertEquals(m.length, b.end());
    }

    @Test
    void bodiesAreNotDecodedUpFront() {
        // An illegal opcode inside a body is only found when the body is read.
        byte[] body = bytes(0x00, 0xFF, 0x0B);
        byte[] m = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0))), section(10, vec(concat(u32(body.length), body))));
        WasmModule decoded = ModuleDecoder.decode(m, V2);
        assertEquals(1, decoded.bodies().size());
        assertThrows(MalformedModuleException.class, () -> BodyScanner.checkAll(decoded, V2));
    }

    @Test
    void tooManyLocalsIsMalformed() {
        byte[] body = concat(bytes(0x02), u32(40_000), bytes(0x7F), u32(40_000), bytes(0x7E), bytes(0x0B));
        byte[] m = module(EMPTY_FUNC_TYPE, section(3, vec(bytes(0))), section(10, vec(concat(u32(body.length), body))));
        assertMalformed("too many locals", m);
    }

    @Test
    void limitFlagsFollowTheFeatures() {
        byte[] memory64 = module(section(5, vec(bytes(0x05, 0x01, 0x80, 0x80, 0x04))));
        MemoryDef m = ModuleDecoder.decode(memory64, V3).memory(0);
        assertTrue(m.memory64());
        assertEquals(0x10000, m.max());
        assertEquals("integer too large", malformed(memory64, V2).reason());
        byte[] shared = module(section(5, vec(bytes(0x03, 0x01, 0x02))));
        assertEquals("malformed limits flags", malformed(shared, V3).reason());
        Set<Feature> threads = with(V3, Feature.THREADS);
        assertTrue(ModuleDecoder.decode(shared, threads).memory(0).shared());
        Set<Feature> pages = with(V3, Feature.CUSTOM_PAGE_SIZES);
        assertEquals(0, ModuleDecoder.decode(module(section(5, vec(bytes(0x08, 0x01, 0x00)))), pages)
                .memory(0).pageSizeLog2());
    }

    @Test
    void tablesMayHaveAnInitializer() {
        WasmModule m = ModuleDecoder.decode(wat("(module (func) (table 2 3 (ref func) (ref.func 0)))"), V3);
        TableDef t = m.table(0);
        assertEquals(ValueTypes.ref(false, ValueTypes.HT_FUNC), t.elementType());
        assertEquals(2, t.min());
        assertEquals(Opcodes.REF_FUNC, t.init().single().opcode());
        assertFalse(t.table64());
    }

    @Test
    void recursionGroupsAndSubtypesDecode() {
        WasmModule m = ModuleDecoder.decode(wat("""
                (module
                  (rec (type $a (sub (struct (field (mut i8)) (field (ref null $b)))))
                       (type $b (sub final $a (struct (field (mut i8)) (field (ref null $b)) (field i64)))))
                  (type $arr (array (mut f32))))
                """), V3);
        assertEquals(3, m.numTypes());
        assertEquals(0, m.type(1).recGroupStart());
        assertEquals(2, m.type(1).recGroupSize());
        assertEquals(2, m.type(2).recGroupStart());
        assertFalse(m.type(0).isFinal());
        assertTrue(m.type(1).isFinal());
        assertEquals(0, m.type(1).supertypeOrNone());
        StructDef s = (StructDef) m.type(0).composite();
        assertEquals(ValueTypes.I8, s.fieldType(0));
        assertTrue(s.isFieldMutable(0));
        assertEquals(ValueTypes.ref(true, ValueTypes.concrete(1)), s.fieldType(1));
        assertEquals(new ArrayDef(ValueTypes.F32, true), m.type(2).composite());
    }

    @Test
    void typeCodesOfDisabledFeaturesAreMalformed() {
        byte[] v128Global = module(section(6, vec(concat(bytes(0x7B, 0x00, 0xFD, 0x0C), new byte[16], bytes(0x0B)))));
        assertEquals(ValueTypes.V128, ModuleDecoder.decode(v128Global, V2).global(0).type());
        assertEquals("malformed value type", malformed(v128Global, Set.of(Feature.MUTABLE_GLOBALS)).reason());
    }

    private static Set<Feature> with(Set<Feature> base, Feature extra) {
        java.util.EnumSet<Feature> s = java.util.EnumSet.copyOf(base);
        s.add(extra);
        return s;
    }
}
