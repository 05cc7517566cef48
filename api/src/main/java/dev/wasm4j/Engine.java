package dev.wasm4j;

import dev.wasm4j.spi.Backend;
import dev.wasm4j.spi.BackendEngine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The shared, thread-safe root of wasm4j: a backend and the settings modules are compiled with.
 *
 * <p>The backend is chosen by {@link Builder#backend(String)}, else the system property
 * {@value #BACKEND_PROPERTY}, else the environment variable {@value #BACKEND_ENV}, else
 * {@value #DEFAULT_BACKEND}.
 */
public final class Engine implements AutoCloseable {
    public static final String BACKEND_PROPERTY = "wasm4j.backend";
    public static final String BACKEND_ENV = "WASM4J_BACKEND";
    public static final String DEFAULT_BACKEND = "pure";

    private final EngineConfig config;
    private final BackendEngine backendEngine;

    private Engine(EngineConfig config, BackendEngine backendEngine) {
        this.config = config;
        this.backendEngine = backendEngine;
    }

    /** An engine with every default: the selected backend and the WebAssembly 2.0 features. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder(null, EnumSet.copyOf(Feature.WASM_2_0), 0);
    }

    public EngineConfig config() {
        return config;
    }

    public String backend() {
        return config.backend();
    }

    public Set<Feature> features() {
        return config.features();
    }

    BackendEngine backendEngine() {
        return backendEngine;
    }

    /** Every backend on the class path, with "available" or the reason it cannot be used. */
    public static List<BackendInfo> backends() {
        List<BackendInfo> infos = new ArrayList<>();
        Backends found = loadBackends();
        for (Backend b : found.byName().values()) {
            infos.add(new BackendInfo(b.name(), b.unavailableReason()));
        }
        infos.addAll(found.unloadable());
        return infos;
    }

    /** The backends that loaded, by name, and those whose provider class could not be loaded here. */
    private record Backends(Map<String, Backend> byName, List<BackendInfo> unloadable) {
    }

    private static Backends loadBackends() {
        Map<String, Backend> byName = new LinkedHashMap<>();
        List<BackendInfo> unloadable = new ArrayList<>();
        Iterator<Backend> it = ServiceLoader.load(Backend.class, Engine.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                Backend b = it.next();
                byName.putIfAbsent(b.name(), b);
            } catch (ServiceConfigurationError | LinkageError e) {
                // A backend built for a newer JDK (the native ones need 22+) must not take the others down.
                unloadable.add(unloadable(e));
            }
        }
        return new Backends(byName, unloadable);
    }

    private static BackendInfo unloadable(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        String provider = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : message;
        String why = cause instanceof UnsupportedClassVersionError
                ? "needs a newer JDK than this one (Java " + Runtime.version().feature() + ")" : message;
        return new BackendInfo(provider.replace('/', '.'), Optional.of("cannot be loaded: " + why));
    }

    /** The backend name an engine built with {@code explicit} (may be null) would use. */
    public static String selectedBackendName(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String prop = System.getProperty(BACKEND_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return prop;
        }
        String env = System.getenv(BACKEND_ENV);
        if (env != null && !env.isBlank()) {
            return env;
        }
        return DEFAULT_BACKEND;
    }

    /**
     * Advances the engine's epoch by one. Safe from any thread; wasm code of stores whose deadline the
     * epoch reaches traps with {@link TrapCode#INTERRUPTED} (engines built with
     * {@link Builder#epochInterruption}).
     */
    public void incrementEpoch() {
        backendEngine.incrementEpoch();
    }

    @Override
    public void close() {
        backendEngine.close();
    }

    /** Immutable: every setter returns a new builder, so a half-configured builder can be shared. */
    public static final class Builder {
        private final String backend;
        private final EnumSet<Feature> features;
        private final long maxWasmStack;
        private final boolean consumeFuel;
        private final boolean epochInterruption;

        private Builder(String backend, EnumSet<Feature> features, long maxWasmStack) {
            this(backend, features, maxWasmStack, false, false);
        }

        private Builder(String backend, EnumSet<Feature> features, long maxWasmStack, boolean consumeFuel,
                        boolean epochInterruption) {
            this.backend = backend;
            this.features = features;
            this.maxWasmStack = maxWasmStack;
            this.consumeFuel = consumeFuel;
            this.epochInterruption = epochInterruption;
        }

        /** Selects the backend by name; {@code null} means the default selection. */
        public Builder backend(String name) {
            return new Builder(name, features, maxWasmStack, consumeFuel, epochInterruption);
        }

        /** Switches one feature on or off. */
        public Builder feature(Feature feature, boolean enabled) {
            EnumSet<Feature> copy = EnumSet.copyOf(features);
            if (enabled) {
                copy.add(feature);
            } else {
                copy.remove(feature);
            }
            return new Builder(backend, copy, maxWasmStack, consumeFuel, epochInterruption);
        }

        /** Replaces the whole feature set, e.g. with {@link Feature#WASM_3_0}. */
        public Builder features(Set<Feature> set) {
            return new Builder(backend, set.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(set),
                    maxWasmStack, consumeFuel, epochInterruption);
        }

        /**
         * Limits the stack wasm code may use, in bytes; deeper recursion traps with
         * {@link TrapCode#STACK_EXHAUSTED}. Backend {@code wasmtime} maps it to its {@code max_wasm_stack}
         * (at most 2 MiB); backend {@code pure} runs wasm on the calling thread's JVM stack and refuses the
         * setting: call from a thread created with the stack size you want instead.
         */
        public Builder maxWasmStack(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxWasmStack must be positive: " + bytes);
            }
            return new Builder(backend, features, bytes, consumeFuel, epochInterruption);
        }

        /**
         * Makes wasm code consume fuel, about one unit per instruction executed: a store then runs out
         * when its fuel ({@link Store#setFuel}, 0 at first) is used up, and the call traps with
         * {@link TrapCode#OUT_OF_FUEL}. Bounds the work untrusted code can do; costs a little speed, and
         * nothing when off.
         */
        public Builder consumeFuel(boolean enabled) {
            return new Builder(backend, features, maxWasmStack, enabled, epochInterruption);
        }

        /**
         * Makes wasm code check, at function entries and loop iterations, whether the engine's epoch
         * ({@link Engine#incrementEpoch}) has reached its store's deadline ({@link Store#setEpochDeadline}),
         * and trap with {@link TrapCode#INTERRUPTED} when it has: the cheap way to stop a run from another
         * thread, e.g. on a timeout.
         */
        public Builder epochInterruption(boolean enabled) {
            return new Builder(backend, features, maxWasmStack, consumeFuel, enabled);
        }

        /**
         * Creates the engine.
         *
         * @throws WasmException when the backend is unknown (the message lists the known ones) or not
         *                       available here (the message says why)
         */
        public Engine build() {
            String name = selectedBackendName(backend);
            Backends found = loadBackends();
            Map<String, Backend> all = found.byName();
            Backend chosen = all.get(name);
            if (chosen == null) {
                StringBuilder unloadable = new StringBuilder();
                found.unloadable().forEach(u -> unloadable.append("; ").append(u));
                throw new WasmException("unknown backend '" + name + "'; known backends: "
                        + (all.isEmpty() ? "(none on the class path)" : String.join(", ", all.keySet()))
                        + unloadable);
            }
            chosen.unavailableReason().ifPresent(reason -> {
                throw new WasmException("backend '" + name + "' is not available: " + reason);
            });
            EngineConfig config = new EngineConfig(name, features, maxWasmStack, consumeFuel, epochInterruption);
            return new Engine(config, chosen.newEngine(config));
        }
    }
}
