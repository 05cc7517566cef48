package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-check used on encoder output must itself notice broken framing. */
class BinaryShapeTest {

    @Test
    void acceptsWellFormedOutput() {
        byte[] m = Wat.toBinary("(memory 1) (func (export \"f\") (result i32) (i32.const 1)) (data (i32.const 0) \"x\")");
        assertDoesNotThrow(() -> BinaryShape.check(m));
        assertEquals(List.of(1, 3, 5, 7, 10, 11), BinaryShape.sectionIds(m));
    }

    @Test
    void rejectsWrongSectionSize() {
        byte[] m = Wat.toBinary("(func)");
        m[9]++; // the type section's size
        assertThrows(IllegalStateException.class, () -> BinaryShape.check(m));
    }

    @Test
    void rejectsWrongVectorCount() {
        byte[] m = Hex.parse("0061736d01000000 0104 02 600000"); // says 2 types, holds 1
        assertThrows(IllegalStateException.class, () -> BinaryShape.check(m));
    }

    @Test
    void rejectsSectionsOutOfOrder() {
        byte[] m = Hex.parse("0061736d01000000 030201 00 0104 01 600000");
        assertThrows(IllegalStateException.class, () -> BinaryShape.check(m));
    }

    @Test
    void rejectsFunctionAndCodeCountMismatch() {
        byte[] m = Hex.parse("0061736d01000000 0104 01 600000 0302 01 00");
        assertThrows(IllegalStateException.class, () -> BinaryShape.check(m));
    }
}
