package dev.wasm4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves a module's imports by (module, name) and instantiates it. Definitions are either externs
 * bound to a store, or host functions that are bound to the store being instantiated on demand, so one
 * linker serves many stores.
 */
public final class Linker<T> {
    private final Engine engine;
    private final Map<String, Function<Store<?>, Extern>> definitions = new LinkedHashMap<>();
    private boolean allowShadowing;

    private Linker(Engine engine) {
        this.engine = engine;
    }

    public static <T> Linker<T> create(Engine engine) {
        return new Linker<>(engine);
    }

    public Engine engine() {
        return engine;
    }

    /** Whether a later definition may replace an earlier one of the same name (default false). */
    public Linker<T> allowShadowing(boolean allow) {
        this.allowShadowing = allow;
        return this;
    }

    /** Defines an extern of a particular store. */
    public Linker<T> define(String module, String name, Extern extern) {
        return put(module, name, store -> extern);
    }

    /** Defines a host function with a dynamic signature. */
    public Linker<T> func(String module, String name, FuncType type, HostFunction function) {
        return put(module, name, store -> Func.of(store, type, function));
    }

    /** Defines a host function given as an implementation of a functional interface (see {@link Func}). */
    public <I> Linker<T> func(String module, String name, Class<I> functionalInterface, I implementation) {
        return put(module, name, store -> Func.ofTyped(store, functionalInterface, implementation));
    }

    /** Defines every export of {@code instance} under the module name {@code module}. */
    public Linker<T> instance(String module, Instance instance) {
        for (Map.Entry<String, Extern> e : instance.exports().entrySet()) {
            define(module, e.getKey(), e.getValue());
        }
        return this;
    }

    /** The definition of (module, name) as it would be bound in {@code store}. */
    public Optional<Extern> get(Store<? extends T> store, String module, String name) {
        Function<Store<?>, Extern> def = definitions.get(key(module, name));
        return def == null ? Optional.empty() : Optional.of(def.apply(store));
    }

    /**
     * Resolves {@code module}'s imports, instantiates it in {@code store} and runs its start function.
     *
     * @throws LinkException when an import is not defined or has the wrong type
     * @throws Trap          when initialization or the start function traps
     */
    public Instance instantiate(Store<? extends T> store, Module module) {
        if (module.engine() != store.engine()) {
            // Another engine may have other features or another backend: its code cannot run here.
            throw new WasmException("the module was compiled by another engine than the store's");
        }
        List<Extern> imports = new ArrayList<>();
        for (ImportType imp : module.imports()) {
            Function<Store<?>, Extern> def = definitions.get(key(imp.module(), imp.name()));
            if (def == null) {
                throw new LinkException(imp.module(), imp.name(), "unknown import: " + imp.module() + "::"
                        + imp.name() + " has not been defined (expected " + imp.type() + ")");
            }
            imports.add(def.apply(store));
        }
        return new Instance(module, module.backendModule().instantiate(store.backendStore(), imports));
    }

    private Linker<T> put(String module, String name, Function<Store<?>, Extern> definition) {
        String key = key(module, name);
        if (!allowShadowing && definitions.containsKey(key)) {
            throw new LinkException(module, name, "import " + module + "::" + name + " is already defined");
        }
        definitions.put(key, definition);
        return this;
    }

    private static String key(String module, String name) {
        // A NUL byte cannot be confused with a name character boundary the way a plain separator could.
        return module + '\0' + name;
    }
}
