package dev.wasm4j;

import java.util.OptionalLong;

/** A table's type: its element reference type and size limits in elements. */
public record TableType(RefType elementType, long minimum, OptionalLong maximum, boolean table64)
        implements ExternType {
    public TableType {
        java.util.Objects.requireNonNull(elementType, "elementType");
        java.util.Objects.requireNonNull(maximum, "maximum");
    }

    public static TableType of(RefType elementType, long minimum, OptionalLong maximum) {
        return new TableType(elementType, minimum, maximum, false);
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    @Override
    public String toString() {
        return "(table" + (table64 ? " i64" : "") + " " + minimum
                + (maximum.isPresent() ? " " + maximum.getAsLong() : "") + " " + elementType + ")";
    }
}
