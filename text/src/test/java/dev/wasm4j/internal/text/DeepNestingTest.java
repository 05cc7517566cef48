package dev.wasm4j.internal.text;

import dev.wasm4j.internal.text.wast.WastParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folded instructions nested deeper than a default thread stack allows still parse. */
class DeepNestingTest {
    private static final int DEPTH = 200_000;

    private static String deeplyNested() {
        return "(module (func (result i32) " + "(block (result i32) ".repeat(DEPTH) + "(i32.const 7)"
                + ")".repeat(DEPTH) + "))";
    }

    @Test
    void aModuleNestedTwoHundredThousandLevelsDeepEncodes() {
        byte[] wasm = Wat.toBinary(deeplyNested());
        // Each level is a block (0x02 0x7f) and an end (0x0b): the code section holds all of them.
        assertTrue(wasm.length > DEPTH * 3, "length " + wasm.length);
    }

    @Test
    void aScriptWithADeeplyNestedModuleParses() {
        assertEquals(1, WastParser.parse(deeplyNested(), "deep.wast").commands().size());
    }
}
