package dev.wasm4j.pure.internal.model;

import java.util.Arrays;

/** A struct type (GC): its fields' storage types and mutability. Immutable. */
public final class StructDef implements CompositeType {
    private final int[] fieldTypes;
    private final boolean[] mutable;

    public StructDef(int[] fieldTypes, boolean[] mutable) {
        if (fieldTypes.length != mutable.length) {
            throw new IllegalArgumentException("field arrays differ in length");
        }
        this.fieldTypes = fieldTypes.clone();
        this.mutable = mutable.clone();
    }

    public int fieldCount() {
        return fieldTypes.length;
    }

    /** The field's storage type: a value type or {@link ValueTypes#I8}/{@link ValueTypes#I16}. */
    public int fieldType(int i) {
        return fieldTypes[i];
    }

    public boolean isFieldMutable(int i) {
        return mutable[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructDef s && Arrays.equals(s.fieldTypes, fieldTypes) && Arrays.equals(s.mutable, mutable);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fieldTypes) * 31 + Arrays.hashCode(mutable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(struct");
        for (int i = 0; i < fieldTypes.length; i++) {
            sb.append(" (field ").append(mutable[i] ? "(mut " + ValueTypes.toString(fieldTypes[i]) + ")"
                    : ValueTypes.toString(fieldTypes[i])).append(')');
        }
        return sb.append(')').toString();
    }
}
