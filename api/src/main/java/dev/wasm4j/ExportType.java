package dev.wasm4j;

/** One export of a module: its name and type. */
public record ExportType(String name, ExternType type) {
    public ExportType {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(type, "type");
    }
}
