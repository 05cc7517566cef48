package dev.wasm4j;

/** The 128-bit vector type of the SIMD feature. */
public enum VecType implements ValType {
    V128;

    @Override
    public String toString() {
        return "v128";
    }

    @Override
    public boolean isNumeric() {
        return false;
    }

    @Override
    public boolean isReference() {
        return false;
    }
}
