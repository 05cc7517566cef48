package dev.wasm4j.capi;

import dev.wasm4j.EngineConfig;
import dev.wasm4j.Feature;
import dev.wasm4j.UnsupportedFeatureException;

import java.lang.foreign.MemorySegment;
import java.util.Set;

/**
 * The engine's features as wasmtime configuration. Every proposal wasmtime can switch is set explicitly (on
 * or off, never left to wasmtime's defaults). Some cannot be switched off through the C API (mutable globals,
 * sign extension, saturating conversions, extended constant expressions: always on in wasmtime), so an engine
 * without them still accepts modules using them. Custom descriptors wasmtime does not implement: modules are
 * refused while the feature is on, as they could not be validated by its rules. The legacy exception
 * instructions are not implemented either; wasmtime rejects modules using them, which {@link CompileErrors}
 * reports as unsupported.
 *
 * <p>{@code wasm_engine_new_with_config} aborts the process on a configuration wasmtime rejects; every
 * combination set here is one wasmtime 50 accepts on x86_64 with Cranelift (its validation refuses features
 * its compiler lacks, a zero or too large wasm stack, relaxed SIMD without SIMD, and component-model async
 * without reference types, which is why the component model is switched off). {@code EngineFeaturesTest}
 * creates an engine for every feature set one switch away from 2.0, 3.0, all and none.
 */
final class EngineFeatures {
    /**
     * wasmtime's async stack size; a larger max wasm stack makes engine creation abort the process, so
     * it is checked here first.
     */
    static final long MAX_WASM_STACK_LIMIT = 2L << 20;

    private final Set<Feature> enabled;
    /** 0: wasmtime's default. */
    private final long maxWasmStack;
    private final boolean consumeFuel;
    private final boolean epochInterruption;

    private EngineFeatures(Set<Feature> enabled, long maxWasmStack, boolean consumeFuel, boolean epochInterruption) {
        this.enabled = enabled;
        this.maxWasmStack = maxWasmStack;
        this.consumeFuel = consumeFuel;
        this.epochInterruption = epochInterruption;
    }

    static EngineFeatures of(EngineConfig config) {
        if (config.maxWasmStack() > MAX_WASM_STACK_LIMIT) {
            throw new IllegalArgumentException("backend " + WasmtimeBackend.NAME + " allows a maxWasmStack of at"
                    + " most " + MAX_WASM_STACK_LIMIT + " bytes, not " + config.maxWasmStack());
        }
        return new EngineFeatures(config.features(), config.maxWasmStack(), config.consumeFuel(),
                config.epochInterruption());
    }

    boolean has(Feature feature) {
        return enabled.contains(feature);
    }

    /** Whether compiled code checks the store's epoch deadline (then every new store needs one, see WasmtimeStore). */
    boolean epochInterruption() {
        return epochInterruption;
    }

    /**
     * Throws for a feature set no module can be compiled under: custom descriptors change how existing
     * instructions are typed, so wasmtime's validation would give wrong answers.
     */
    void requireCompilable() {
        if (enabled.contains(Feature.CUSTOM_DESCRIPTORS)) {
            throw new UnsupportedFeatureException(Feature.CUSTOM_DESCRIPTORS.specName(),
                    "backend " + WasmtimeBackend.NAME + " does not support the "
                            + Feature.CUSTOM_DESCRIPTORS.specName() + " proposal (wasmtime "
                            + WasmtimeLibrary.VERSION + " does not implement it)");
        }
    }

    /** A new {@code wasm_config_t} with these features (ownership passes to the engine made from it). */
    MemorySegment newConfig() {
        MemorySegment c = wasm_h.wasm_config_new();
        wasmtime_h.wasmtime_config_wasm_multi_value_set(c, has(Feature.MULTI_VALUE));
        wasmtime_h.wasmtime_config_wasm_bulk_memory_set(c, has(Feature.BULK_MEMORY));
        wasmtime_h.wasmtime_config_wasm_reference_types_set(c, has(Feature.REFERENCE_TYPES));
        wasmtime_h.wasmtime_config_wasm_simd_set(c, has(Feature.SIMD));
        // wasmtime refuses relaxed SIMD without SIMD; without SIMD no relaxed SIMD instruction validates anyway.
        wasmtime_h.wasmtime_config_wasm_relaxed_simd_set(c, has(Feature.RELAXED_SIMD) && has(Feature.SIMD));
        wasmtime_h.wasmtime_config_wasm_tail_call_set(c, has(Feature.TAIL_CALL));
        wasmtime_h.wasmtime_config_wasm_exceptions_set(c, has(Feature.EXCEPTIONS));
        wasmtime_h.wasmtime_config_wasm_memory64_set(c, has(Feature.MEMORY64));
        wasmtime_h.wasmtime_config_wasm_multi_memory_set(c, has(Feature.MULTI_MEMORY));
        wasmtime_h.wasmtime_config_wasm_function_references_set(c, has(Feature.FUNCTION_REFERENCES));
        wasmtime_h.wasmtime_config_wasm_gc_set(c, has(Feature.GC));
        wasmtime_h.wasmtime_config_wasm_threads_set(c, has(Feature.THREADS));
        wasmtime_h.wasmtime_config_shared_memory_set(c, has(Feature.THREADS));
        wasmtime_h.wasmtime_config_wasm_wide_arithmetic_set(c, has(Feature.WIDE_ARITHMETIC));
        wasmtime_h.wasmtime_config_wasm_custom_page_sizes_set(c, has(Feature.CUSTOM_PAGE_SIZES));
        // Components are not used; their async part requires reference types, and the library has it on by
        // default, which would make an engine without reference types abort at creation.
        wasmtime_h.wasmtime_config_wasm_component_model_set(c, false);
        wasmtime_h.wasmtime_config_wasm_component_model_async_set(c, false);
        wasmtime_h.wasmtime_config_wasm_component_model_more_async_builtins_set(c, false);
        wasmtime_h.wasmtime_config_wasm_component_model_async_stackful_set(c, false);
        wasmtime_h.wasmtime_config_concurrency_support_set(c, false);
        if (maxWasmStack > 0) {
            wasmtime_h.wasmtime_config_max_wasm_stack_set(c, maxWasmStack);
        }
        // Both are compiled into the machine code, so they are engine settings; off costs nothing.
        wasmtime_h.wasmtime_config_consume_fuel_set(c, consumeFuel);
        wasmtime_h.wasmtime_config_epoch_interruption_set(c, epochInterruption);
        return c;
    }
}
