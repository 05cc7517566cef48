package dev.wasm4j.pure.internal.model;

/**
 * A table, imported or defined: element reference type, limits in elements (unsigned; {@code max} only
 * when {@code hasMax}), whether it is indexed by i64, and its initializer (null: null references, and
 * always null for imported tables).
 */
public record TableDef(int elementType, long min, boolean hasMax, long max, boolean table64, ConstExpr init) {
    public int addressType() {
        return table64 ? ValueTypes.I64 : ValueTypes.I32;
    }
}
