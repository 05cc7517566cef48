package dev.wasm4j;

/** One import of a module: where it comes from and what it must be. */
public record ImportType(String module, String name, ExternType type) {
    public ImportType {
        java.util.Objects.requireNonNull(module, "module");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(type, "type");
    }
}
