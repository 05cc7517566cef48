package dev.wasm4j;

import java.util.Objects;

/**
 * One WebAssembly value, tagged with its type. Numbers are kept as raw bits, so a NaN keeps its payload
 * exactly; a {@code v128} is two little-endian halves; a reference is a Java object or {@code null}.
 *
 * @param type the value's type
 * @param bits i32 / i64 / f32 / f64 bits, or the low 64 bits of a v128
 * @param high the high 64 bits of a v128, 0 otherwise
 * @param ref  the referenced object for reference types ({@code null} for a null reference)
 */
public record Val(ValType type, long bits, long high, Object ref) {
    public Val {
        Objects.requireNonNull(type, "type");
        if (!(type instanceof RefType) && ref != null) {
            throw new IllegalArgumentException("a " + type + " value cannot hold a reference");
        }
    }

    public static Val i32(int value) {
        return new Val(ValType.I32, value & 0xFFFF_FFFFL, 0, null);
    }

    public static Val i64(long value) {
        return new Val(ValType.I64, value, 0, null);
    }

    public static Val f32(float value) {
        return f32Bits(Float.floatToRawIntBits(value));
    }

    public static Val f32Bits(int bits) {
        return new Val(ValType.F32, bits & 0xFFFF_FFFFL, 0, null);
    }

    public static Val f64(double value) {
        return f64Bits(Double.doubleToRawLongBits(value));
    }

    public static Val f64Bits(long bits) {
        return new Val(ValType.F64, bits, 0, null);
    }

    public static Val v128(long low, long high) {
        return new Val(ValType.V128, low, high, null);
    }

    public static Val ref(RefType type, Object ref) {
        return new Val(type, 0, 0, ref);
    }

    public static Val externref(Object ref) {
        return ref(RefType.EXTERNREF, ref);
    }

    public static Val funcref(Object ref) {
        return ref(RefType.FUNCREF, ref);
    }

    public static Val nullRef(RefType type) {
        return ref(type, null);
    }

    /** The default (zero) value of a type: 0, +0.0, a zero vector or null. */
    public static Val zero(ValType type) {
        return new Val(type, 0, 0, null);
    }

    public int asI32() {
        expect(ValType.I32);
        return (int) bits;
    }

    public long asI64() {
        expect(ValType.I64);
        return bits;
    }

    public float asF32() {
        expect(ValType.F32);
        return Float.intBitsToFloat((int) bits);
    }

    public double asF64() {
        expect(ValType.F64);
        return Double.longBitsToDouble(bits);
    }

    public Object asRef() {
        if (!(type instanceof RefType)) {
            throw new IllegalStateException("value of type " + type + " is not a reference");
        }
        return ref;
    }

    public boolean isNull() {
        return type instanceof RefType && ref == null;
    }

    private void expect(ValType expected) {
        if (type != expected) {
            throw new IllegalStateException("value of type " + type + " is not " + expected);
        }
    }

    @Override
    public String toString() {
        if (type instanceof NumType n) {
            return switch (n) {
                case I32 -> "i32:" + (int) bits;
                case I64 -> "i64:" + bits;
                case F32 -> "f32:" + Float.intBitsToFloat((int) bits) + hexIfNaN(Float.isNaN(asF32()), bits);
                case F64 -> "f64:" + Double.longBitsToDouble(bits) + hexIfNaN(Double.isNaN(asF64()), bits);
            };
        }
        if (type == ValType.V128) {
            return String.format("v128:0x%016x%016x", high, bits);
        }
        return type + ":" + ref;
    }

    private static String hexIfNaN(boolean nan, long bits) {
        return nan ? "(0x" + Long.toHexString(bits) + ")" : "";
    }
}
