package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.wasm4j.pure.internal.testing.Bin.bytes;
import static dev.wasm4j.pure.internal.testing.Bin.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeReaderTest {
    private static final Set<Feature> V2 = Feature.WASM_2_0;
    private static final Set<Feature> V3 = Feature.WASM_3_0;

    private static CodeReader reader(Set<Feature> features, byte[] code) {
        return new CodeReader(code, 0, code.length, features, true);
    }

    @Test
    void readsOpcodesWithTheirOffsets() {
        CodeReader r = reader(V2, bytes(0x01, 0x41, 0x7F, 0x6A, 0x0B));
        assertEquals(Opcodes.NOP, r.next());
        assertEquals(0, r.offset());
        assertEquals(Opcodes.I32_CONST, r.next());
        assertEquals(-1, r.intValue());
        assertEquals(1, r.offset());
        assertEquals(Opcodes.I32_ADD, r.next());
        assertEquals(Opcodes.END, r.next());
        assertTrue(r.atEnd());
    }

    @Test
    void blockTypesAreEmptyAValueTypeOrATypeIndex() {
        CodeReader r = reader(V2, bytes(0x02, 0x40, 0x03, 0x7E, 0x04, 0x05));
        r.next();
        assertEquals(CodeReader.BLOCK_EMPTY, r.blockValueType());
        assertEquals(-1, r.blockTypeIndex());
        r.next();
        assertEquals(ValueTypes.I64, r.blockValueType());
        assertEquals(Opcodes.IF, r.next());
        assertEquals(5, r.blockTypeIndex());
    }

    @Test
    void brTableKeepsItsTargetsAndDefault() {
        CodeReader r = reader(V2, bytes(0x0E, 0x03, 0x00, 0x01, 0x02, 0x07));
        assertEquals(Opcodes.BR_TABLE, r.next());
        assertEquals(3, r.targetCount());
        assertEquals(2, r.target(2));
        assertEquals(7, r.index());
    }

    @Test
    void memargsCarryAlignmentOffsetAndMemory() {
        CodeReader r = reader(V2, bytes(0x28, 0x02, 0x80, 0x01));
        r.next();
        assertEquals(2, r.align());
        assertEquals(128, r.memoryOffset());
        assertEquals(0, r.memory());
        // With multi-memory, bit 6 of the flags announces a memory index; memory64 widens the offset.
        CodeReader m = reader(V3, bytes(0x36, 0x42, 0x03, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
        m.next();
        assertEquals(2, m.align());
        assertEquals(3, m.memory());
        assertEquals(0xF_FFFF_FFFFL, m.memoryOffset());
    }

    @Test
    void memoryIndicesAreZeroBytesWithoutMultiMemory() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> reader(V2, bytes(0x3F, 0x01)).next());
        assertEquals("zero byte expected", e.reason());
        CodeReader r = reader(V3, bytes(0x3F, 0x01));
        r.next();
        assertEquals(1, r.index());
    }

    @Test
    void v128ConstantsAndShufflesKeepTheirSixteenBytes() {
        byte[] lanes = bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31);
        CodeReader r = reader(V2, concat(bytes(0xFD, 0x0D), lanes));
        assertEquals(Opcodes.I8X16_SHUFFLE, r.next());
        assertEquals(31, r.byteAt(15));
        assertEquals(0x0706_0504_0302_0100L, r.v128Low());
    }

    @Test
    void tryTableReadsItsCatchClauses() {
        CodeReader r = reader(V3, bytes(0x1F, 0x40, 0x02, 0x00, 0x05, 0x01, 0x03, 0x00));
        assertEquals(Opcodes.TRY_TABLE, r.next());
        assertEquals(2, r.catchCount());
        assertEquals(CodeReader.CATCH, r.catchKind(0));
        assertEquals(5, r.catchTag(0));
        assertEquals(1, r.catchLabel(0));
        assertEquals(CodeReader.CATCH_ALL_REF, r.catchKind(1));
        assertEquals(-1, r.catchTag(1));
    }

    @Test
    void brOnCastReadsFlagsLabelAndBothHeapTypes() {
        CodeReader r = reader(V3, bytes(0xFB, 0x18, 0x03, 0x02, 0x6E, 0x04));
        assertEquals(Opcodes.BR_ON_CAST, r.next());
        assertEquals(3, r.castFlags());
        assertEquals(2, r.index());
        assertEquals(ValueTypes.HT_ANY, r.heapType());
        assertEquals(ValueTypes.concrete(4), r.heapType2());
    }

    @Test
    void opcodesOfDisabledFeaturesAreIllegal() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> reader(V2, bytes(0x12, 0x00)).next());
        assertTrue(e.reason().startsWith("illegal opcode 12"), e.reason());
        assertEquals(Opcodes.RETURN_CALL, reader(V3, bytes(0x12, 0x00)).next());
        assertEquals("illegal opcode ff",
                assertThrows(MalformedModuleException.class, () -> reader(V3, bytes(0xFF)).next()).reason());
    }

    @Test
    void memoryInitNeedsTheDataCountSection() {
        byte[] code = bytes(0xFC, 0x08, 0x00, 0x00);
        CodeReader r = new CodeReader(code, 0, code.length, V2, false);
        assertEquals("data count section required", assertThrows(MalformedModuleException.class, r::next).reason());
    }

    @Test
    void everyOpcodeHasANameAndAShape() {
        assertEquals("i32.atomic.rmw8.cmpxchg_u", Opcodes.name(Opcodes.I32_ATOMIC_RMW8_CMPXCHG_U));
        assertEquals("f64x2.relaxed_max", Opcodes.name(0xFD0110));
        assertEquals(Feature.GC, Opcodes.feature(Opcodes.ARRAY_NEW_FIXED));
        assertEquals(Opcodes.IMM_TYPE_COUNT, Opcodes.immediates(Opcodes.ARRAY_NEW_FIXED));
        assertEquals(null, Opcodes.name(0xFD0200));
        assertEquals(null, Opcodes.name(0x17));
    }
}
