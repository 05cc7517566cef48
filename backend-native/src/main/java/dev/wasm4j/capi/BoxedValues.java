package dev.wasm4j.capi;

import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;

/** Boxed Java values of typed calls that take the checked path, to and from {@link Val}. */
final class BoxedValues {
    private BoxedValues() {
    }

    static Val toVal(ValType type, Object value) {
        if (type instanceof NumType n) {
            return switch (n) {
                case I32 -> Val.i32((Integer) value);
                case I64 -> Val.i64((Long) value);
                case F32 -> Val.f32((Float) value);
                case F64 -> Val.f64((Double) value);
            };
        }
        if (type instanceof RefType r) {
            return Val.ref(r, value);
        }
        throw new IllegalArgumentException("typed calls do not support " + type + "; use Func.call");
    }

    static Object fromVal(Val v) {
        ValType type = v.type();
        if (type instanceof NumType n) {
            return switch (n) {
                case I32 -> v.asI32();
                case I64 -> v.asI64();
                case F32 -> v.asF32();
                case F64 -> v.asF64();
            };
        }
        return v.ref();
    }
}
