package dev.wasm4j.internal.text.wast;

/** The NaN patterns of expected float results. */
public enum NanKind {
    /** {@code nan:canonical}: a NaN whose payload is exactly the quiet bit (any sign). */
    CANONICAL,
    /** {@code nan:arithmetic}: a NaN with the quiet bit set (any sign, any other payload). */
    ARITHMETIC;

    public boolean matchesF32(int bits) {
        int magnitude = bits & 0x7FFFFFFF;
        return this == CANONICAL ? magnitude == 0x7FC00000 : (magnitude & 0x7FC00000) == 0x7FC00000;
    }

    public boolean matchesF64(long bits) {
        long magnitude = bits & 0x7FFFFFFFFFFFFFFFL;
        return this == CANONICAL
                ? magnitude == 0x7FF8000000000000L
                : (magnitude & 0x7FF8000000000000L) == 0x7FF8000000000000L;
    }

    @Override
    public String toString() {
        return this == CANONICAL ? "nan:canonical" : "nan:arithmetic";
    }
}
