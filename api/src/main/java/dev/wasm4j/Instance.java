package dev.wasm4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An instantiated module: its exports, by name, in the order the module declares them. */
public final class Instance {
    private final Module module;
    private final Map<String, Extern> exports;

    Instance(Module module, Map<String, Extern> exports) {
        this.module = module;
        this.exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }

    public Module module() {
        return module;
    }

    public Map<String, Extern> exports() {
        return exports;
    }

    public Optional<Extern> export(String name) {
        return Optional.ofNullable(exports.get(name));
    }

    public Optional<Func> func(String name) {
        return export(name, Func.class);
    }

    public Optional<Memory> memory(String name) {
        return export(name, Memory.class);
    }

    public Optional<Table> table(String name) {
        return export(name, Table.class);
    }

    public Optional<Global> global(String name) {
        return export(name, Global.class);
    }

    public Optional<Tag> tag(String name) {
        return export(name, Tag.class);
    }

    private <E extends Extern> Optional<E> export(String name, Class<E> kind) {
        return export(name).filter(kind::isInstance).map(kind::cast);
    }
}
