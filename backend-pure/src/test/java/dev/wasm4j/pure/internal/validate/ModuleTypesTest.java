package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.junit.jupiter.api.Test;

import static dev.wasm4j.pure.internal.model.ValueTypes.HT_ANY;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_ARRAY;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_EQ;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_EXTERN;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_FUNC;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_I31;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_NOEXTERN;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_NOFUNC;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_NONE;
import static dev.wasm4j.pure.internal.model.ValueTypes.HT_STRUCT;
import static dev.wasm4j.pure.internal.model.ValueTypes.concrete;
import static dev.wasm4j.pure.internal.model.ValueTypes.ref;
import static dev.wasm4j.pure.internal.testing.Bin.wat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleTypesTest {

    private static ModuleTypes types(String text) {
        return ModuleValidator.validate(ModuleDecoder.decode(wat(text), Feature.WASM_3_0), Feature.WASM_3_0);
    }

    @Test
    void structurallyEqualRecursionGroupsShareARepresentative() {
        ModuleTypes t = types("""
                (module
                  (type $a (func (param i32)))
                  (type $b (func (param i32)))
                  (rec (type $l1 (struct (field (ref null $l1)))))
                  (rec (type $l2 (struct (field (ref null $l2)))))
                  (rec (type $x (struct)) (type $y (struct)))
                  (type $z (struct)))
                """);
        assertEquals(0, t.representative(1));
        assertEquals(2, t.representative(3));
        assertNotEquals(t.representative(4), t.representative(6));
        assertEquals(ref(true, concrete(0)), t.canon(ref(true, concrete(1))));
    }

    @Test
    void concreteTypesAreSubtypesThroughTheirDeclaredChain() {
        ModuleTypes t = types("""
                (module
                  (type $a (sub (struct)))
                  (type $b (sub $a (struct (field i32))))
                  (type $c (sub $b (struct (field i32) (field i64))))
                  (type $f (func)))
                """);
        assertTrue(t.isHeapSubtype(concrete(2), concrete(0)));
        assertFalse(t.isHeapSubtype(concrete(0), concrete(2)));
        assertTrue(t.isHeapSubtype(concrete(2), HT_STRUCT));
        assertTrue(t.isHeapSubtype(concrete(2), HT_ANY));
        assertFalse(t.isHeapSubtype(concrete(2), HT_ARRAY));
        assertTrue(t.isHeapSubtype(concrete(3), HT_FUNC));
        assertTrue(t.isHeapSubtype(HT_NOFUNC, concrete(3)));
        assertFalse(t.isHeapSubtype(HT_NONE, concrete(3)));
        assertTrue(t.isHeapSubtype(HT_NONE, concrete(1)));
    }

    @Test
    void abstractHeapTypesFormThreeHierarchies() {
        ModuleTypes t = types("(module)");
        assertTrue(t.isHeapSubtype(HT_I31, HT_EQ));
        assertTrue(t.isHeapSubtype(HT_EQ, HT_ANY));
        assertTrue(t.isHeapSubtype(HT_NONE, HT_I31));
        assertTrue(t.isHeapSubtype(HT_NOEXTERN, HT_EXTERN));
        assertFalse(t.isHeapSubtype(HT_EXTERN, HT_ANY));
        assertFalse(t.isHeapSubtype(HT_FUNC, HT_ANY));
        assertEquals(HT_ANY, t.topOf(HT_I31));
        assertEquals(HT_EXTERN, t.topOf(HT_NOEXTERN));
    }

    @Test
    void nullabilityNarrowsAndTheBottomTypeMatchesEverything() {
        ModuleTypes t = types("(module)");
        assertTrue(t.isSubtype(ref(false, HT_FUNC), ValueTypes.FUNCREF));
        assertFalse(t.isSubtype(ValueTypes.FUNCREF, ref(false, HT_FUNC)));
        assertTrue(t.isSubtype(ValueTypes.BOTTOM, ValueTypes.I64));
        assertFalse(t.isSubtype(ValueTypes.I32, ValueTypes.I64));
        assertTrue(t.isSubtype(ref(false, ValueTypes.HT_BOTTOM), ref(false, HT_STRUCT)));
    }
}
