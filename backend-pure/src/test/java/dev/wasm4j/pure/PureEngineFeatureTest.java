package dev.wasm4j.pure;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.Feature;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.pure.internal.testing.Bin;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PureEngineFeatureTest {
    private static PureEngine engine(Set<Feature> features) {
        return new PureEngine(new EngineConfig("pure", features));
    }

    @Test
    void aFeatureThatIsOffMakesItsInstructionsIllegal() {
        byte[] tailCall = Bin.wat("(module (func $f) (func (return_call $f)))");
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> engine(Feature.WASM_2_0).validate(tailCall));
        assertTrue(e.reason().startsWith("illegal opcode 12"), e.reason());
        assertTrue(e.reason().contains("tail-call"), e.reason());
        assertDoesNotThrow(() -> engine(Feature.WASM_3_0).validate(tailCall));
    }

    @Test
    void multiValueResultsNeedTheirFeature() {
        byte[] twoResults = Bin.wat("(module (func (result i32 i32) (i32.const 1) (i32.const 2)))");
        EnumSet<Feature> noMultiValue = EnumSet.copyOf(Feature.WASM_2_0);
        noMultiValue.remove(Feature.MULTI_VALUE);
        assertThrows(dev.wasm4j.InvalidModuleException.class, () -> engine(noMultiValue).validate(twoResults));
    }

    @Test
    void customDescriptorsAreRejectedAsUnsupported() {
        EnumSet<Feature> features = EnumSet.copyOf(Feature.WASM_3_0);
        features.add(Feature.CUSTOM_DESCRIPTORS);
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class,
                () -> engine(features).validate(Bin.module()));
        assertEquals("custom-descriptors", e.feature());
        assertEquals("feature custom-descriptors is not supported by backend pure", e.getMessage());
    }

    @Test
    void theBackendIsAlwaysAvailable() {
        PureBackend backend = new PureBackend();
        assertEquals("pure", backend.name());
        assertTrue(backend.unavailableReason().isEmpty());
    }
}
