package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.Module;
import dev.wasm4j.UnsupportedFeatureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * wasmtime aborts the process when its configuration is inconsistent, so every feature set one switch away
 * from 2.0, 3.0, all and none must make an engine (a crash here fails the whole run, loudly).
 */
@ExtendWith(RequiresWasmtime.class)
class EngineFeaturesTest {
    @Test
    void every_feature_set_near_the_usual_ones_makes_an_engine() {
        List<Set<Feature>> sets = new ArrayList<>();
        for (Set<Feature> base : List.of(Feature.WASM_2_0, Feature.WASM_3_0, EnumSet.allOf(Feature.class),
                EnumSet.noneOf(Feature.class))) {
            sets.add(base);
            for (Feature f : Feature.values()) {
                EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
                s.addAll(base);
                if (!s.remove(f)) {
                    s.add(f);
                }
                sets.add(s);
            }
        }
        int compiled = 0;
        for (Set<Feature> set : sets) {
            try (Engine engine = Engine.builder().backend(WasmtimeBackend.NAME).features(set).build()) {
                try {
                    Module.fromText(engine, "(module (func (export \"f\") (result i32) (i32.const 1)))");
                    compiled++;
                } catch (UnsupportedFeatureException e) {
                    assertEquals(true, set.contains(Feature.CUSTOM_DESCRIPTORS), e.getMessage());
                }
            }
        }
        assertEquals(sets.stream().filter(s -> !s.contains(Feature.CUSTOM_DESCRIPTORS)).count(), compiled);
    }

    @Test
    void switched_off_features_are_enforced() {
        try (Engine engine = Engine.builder().backend(WasmtimeBackend.NAME).features(Feature.WASM_2_0).build()) {
            assertThrows(InvalidModuleException.class, () -> Module.fromText(engine,
                    "(module (func (return_call 0)))"));
            assertThrows(InvalidModuleException.class, () -> Module.fromText(engine, "(module (memory i64 1))"));
        }
        try (Engine engine = Engine.builder().backend(WasmtimeBackend.NAME).features(Feature.WASM_3_0).build()) {
            Module.fromText(engine, "(module (func (return_call 0)))");
            Module.fromText(engine, "(module (memory i64 1))");
        }
    }
}
