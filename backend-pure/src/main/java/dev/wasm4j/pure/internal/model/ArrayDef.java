package dev.wasm4j.pure.internal.model;

/** An array type (GC): its element storage type and mutability. */
public record ArrayDef(int elementType, boolean mutable) implements CompositeType {
    @Override
    public String toString() {
        String t = ValueTypes.toString(elementType);
        return "(array " + (mutable ? "(mut " + t + ")" : t) + ")";
    }
}
