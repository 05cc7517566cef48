package dev.wasm4j;

/** The four number types of WebAssembly. */
public enum NumType implements ValType {
    I32, I64, F32, F64;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean isNumeric() {
        return true;
    }

    @Override
    public boolean isReference() {
        return false;
    }
}
