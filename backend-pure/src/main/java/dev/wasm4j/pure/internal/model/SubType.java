package dev.wasm4j.pure.internal.model;

/**
 * One entry of the type index space: a composite type, whether it is final, its declared supertypes
 * (at most one is valid), and the recursion group it belongs to (as a range of type indices).
 */
public final class SubType {
    private final boolean isFinal;
    private final int[] supertypes;
    private final CompositeType composite;
    private final int recGroupStart;
    private final int recGroupSize;

    public SubType(boolean isFinal, int[] supertypes, CompositeType composite, int recGroupStart, int recGroupSize) {
        this.isFinal = isFinal;
        this.supertypes = supertypes.clone();
        this.composite = composite;
        this.recGroupStart = recGroupStart;
        this.recGroupSize = recGroupSize;
    }

    public boolean isFinal() {
        return isFinal;
    }

    public int supertypeCount() {
        return supertypes.length;
    }

    public int supertype(int i) {
        return supertypes[i];
    }

    /** The declared supertype's index, or -1. */
    public int supertypeOrNone() {
        return supertypes.length == 0 ? -1 : supertypes[0];
    }

    public CompositeType composite() {
        return composite;
    }

    public boolean isFunc() {
        return composite instanceof FuncSig;
    }

    public boolean isStruct() {
        return composite instanceof StructDef;
    }

    public boolean isArray() {
        return composite instanceof ArrayDef;
    }

    public int recGroupStart() {
        return recGroupStart;
    }

    public int recGroupSize() {
        return recGroupSize;
    }

    @Override
    public String toString() {
        return (isFinal && supertypes.length == 0) ? composite.toString()
                : "(sub " + (isFinal ? "final " : "") + java.util.Arrays.toString(supertypes) + " " + composite + ")";
    }
}
