package dev.wasm4j;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineSelectionTest {
    @Test
    void unknown_backend_is_an_error_that_lists_the_known_ones() {
        WasmException e = assertThrows(WasmException.class, () -> Engine.builder().backend("nosuch").build());
        assertTrue(e.getMessage().contains("unknown backend 'nosuch'"), e.getMessage());
        assertTrue(e.getMessage().contains("known backends"), e.getMessage());
    }

    @Test
    void explicit_name_wins_over_property_and_default() {
        assertEquals("x", Engine.selectedBackendName("x"));
        String old = System.getProperty(Engine.BACKEND_PROPERTY);
        try {
            System.setProperty(Engine.BACKEND_PROPERTY, "fromprop");
            assertEquals("fromprop", Engine.selectedBackendName(null));
            assertEquals("x", Engine.selectedBackendName("x"));
        } finally {
            if (old == null) {
                System.clearProperty(Engine.BACKEND_PROPERTY);
            } else {
                System.setProperty(Engine.BACKEND_PROPERTY, old);
            }
        }
    }

    @Test
    void builder_is_immutable() {
        Engine.Builder base = Engine.builder();
        Engine.Builder withTailCalls = base.feature(Feature.TAIL_CALL, true);
        assertTrue(base != withTailCalls);
    }

    @Test
    void features_are_found_by_proposal_name() {
        assertEquals(Feature.TAIL_CALL, Feature.byName("tail-call"));
        assertEquals(Feature.MEMORY64, Feature.byName("MEMORY64"));
        assertThrows(IllegalArgumentException.class, () -> Feature.byName("teleportation"));
        assertTrue(Feature.WASM_2_0.contains(Feature.SIMD));
        assertTrue(Feature.WASM_3_0.contains(Feature.GC));
        assertTrue(!Feature.WASM_2_0.contains(Feature.GC));
    }
}
