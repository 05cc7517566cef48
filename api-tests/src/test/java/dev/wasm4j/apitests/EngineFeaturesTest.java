package dev.wasm4j.apitests;

import dev.wasm4j.CompileException;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Module;
import dev.wasm4j.UnsupportedFeatureException;

import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every feature set one switch away from 2.0, 3.0, all and none makes an engine that compiles a plain
 * module (wasmtime aborts the process on an inconsistent configuration: a crash here fails the whole run,
 * loudly), and switched-off features are enforced.
 */
class EngineFeaturesTest {
    @OnEveryBackend
    void everyFeatureSetNearTheUsualOnesMakesAnEngine(Wasm w) {
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
            try (Engine engine = w.engineBuilder().features(set).build()) {
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

    /** Malformed (pure's decoder: an illegal opcode, a bad limits flag) or invalid (wasmtime), not unsupported. */
    private static void illegal(Executable compile) {
        CompileException e = assertThrows(CompileException.class, compile);
        assertTrue(e instanceof MalformedModuleException || e instanceof InvalidModuleException, e::toString);
    }

    @OnEveryBackend
    void switchedOffFeaturesAreEnforced(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_2_0).build()) {
            illegal(() -> Module.fromText(engine, "(module (func (return_call 0)))"));
            illegal(() -> Module.fromText(engine, "(module (memory i64 1))"));
        }
    }

    @OnEveryBackend
    void switchedOnTailCallsCompile(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build()) {
            Wasm.compileNeeding(Feature.TAIL_CALL, engine, "(module (func (return_call 0)))");
        }
    }

    @OnEveryBackend
    void switchedOnMemory64Compiles(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build()) {
            Wasm.compileNeeding(Feature.MEMORY64, engine, "(module (memory i64 1))");
        }
    }
}
