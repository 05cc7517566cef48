package dev.wasm4j.pure;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.Feature;
import dev.wasm4j.Store;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.pure.internal.compile.Instrumentation;
import dev.wasm4j.pure.internal.compile.ModuleCompiler;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.decode.Unsupported;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.EngineEpoch;
import dev.wasm4j.pure.internal.runtime.PureStore;
import dev.wasm4j.pure.internal.runtime.Timing;
import dev.wasm4j.pure.internal.validate.ModuleTypes;
import dev.wasm4j.pure.internal.validate.ModuleValidator;
import dev.wasm4j.spi.BackendEngine;
import dev.wasm4j.spi.BackendModule;
import dev.wasm4j.spi.ModuleArtifact;
import dev.wasm4j.spi.BackendStore;

import java.util.EnumSet;
import java.util.Set;

/**
 * Compiles modules for the pure backend (decode, validate, translate to JVM bytecode) and keeps the epoch
 * its stores' deadlines are measured against.
 */
public final class PureEngine implements BackendEngine {
    /** The version of what {@link PureModule#serialize()} writes. */
    static final String ARTIFACT_VERSION = "1";

    private final EngineConfig config;
    private final Set<Feature> features;
    /** Fuel and epoch checks compiled into every module, as the config asks. */
    private final Instrumentation instrumentation;
    private final EngineEpoch epoch = new EngineEpoch();

    public PureEngine(EngineConfig config) {
        if (config.maxWasmStack() > 0) {
            // Compiled wasm runs on the calling thread's JVM stack, whose size is fixed when the thread starts.
            throw new UnsupportedFeatureException("max-wasm-stack", "backend pure does not support maxWasmStack:"
                    + " wasm runs on the calling thread's JVM stack; call from a thread created with the stack"
                    + " size you want (new Thread(group, task, name, stackSize))");
        }
        this.config = config;
        this.features = config.features().isEmpty() ? EnumSet.noneOf(Feature.class)
                : EnumSet.copyOf(config.features());
        this.instrumentation = new Instrumentation(config.consumeFuel(), config.epochInterruption());
    }

    public EngineConfig config() {
        return config;
    }

    @Override
    public BackendModule compile(byte[] wasm) {
        requireSupportedFeatures();
        // A private copy: the module keeps the bytes for lazy decoding of function bodies.
        long t = Timing.start();
        WasmModule module = ModuleDecoder.decode(wasm.clone(), features);
        Timing.end(Timing.Phase.DECODE, t);
        t = Timing.start();
        ModuleTypes types = ModuleValidator.validate(module, features);
        Timing.end(Timing.Phase.VALIDATE, t);
        t = Timing.start();
        PureModule result = new PureModule(module, types, ModuleCompiler.compile(module, features, instrumentation));
        Timing.end(Timing.Phase.PLAN, t);
        return result;
    }

    /**
     * The artifact holds only the binary, so the module is compiled again, with this engine's
     * instrumentation: a module serialized by an engine without fuel consumes fuel here if this one does.
     */
    @Override
    public BackendModule deserialize(byte[] serialized) {
        return compile(ModuleArtifact.decode(serialized, PureBackend.NAME, ARTIFACT_VERSION).wasm());
    }

    @Override
    public void validate(byte[] wasm) {
        requireSupportedFeatures();
        ModuleValidator.validate(ModuleDecoder.decode(wasm, features), features);
    }

    /**
     * Custom descriptors change the typing of existing instructions (casts), so no module can be
     * validated correctly while the feature is on.
     */
    private void requireSupportedFeatures() {
        if (features.contains(Feature.CUSTOM_DESCRIPTORS)) {
            throw Unsupported.feature(Feature.CUSTOM_DESCRIPTORS);
        }
    }

    @Override
    public void incrementEpoch() {
        epoch.increment();
    }

    @Override
    public BackendStore newStore(Store<?> store) {
        return new PureStore(store, epoch);
    }
}
