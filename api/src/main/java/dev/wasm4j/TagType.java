package dev.wasm4j;

/** An exception tag's type (exception handling): the types of the values it carries. */
public record TagType(FuncType type) implements ExternType {
    public TagType {
        java.util.Objects.requireNonNull(type, "type");
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }

    @Override
    public String toString() {
        return "(tag " + type + ")";
    }
}
