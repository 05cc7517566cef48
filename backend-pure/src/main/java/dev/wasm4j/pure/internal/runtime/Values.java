package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.util.List;

/**
 * Conversions between {@link Val} and the Java form values take in compiled code: int, long, float,
 * double (boxed where a generic path needs objects) and references as plain objects.
 */
public final class Values {
    private Values() {
    }

    /** The boxed Java form of {@code v}: Integer, Long, Float, Double, {@link V128}, or the referenced object. */
    public static Object box(Val v) {
        ValType t = v.type();
        if (t instanceof NumType n) {
            return switch (n) {
                case I32 -> (int) v.bits();
                case I64 -> v.bits();
                case F32 -> Float.intBitsToFloat((int) v.bits());
                case F64 -> Double.longBitsToDouble(v.bits());
            };
        }
        if (t instanceof RefType) {
            return v.ref();
        }
        if (t == ValType.V128) {
            return new V128(v.bits(), v.high());
        }
        throw new WasmException("values of type " + t + " are not supported by backend pure");
    }

    /** The {@link Val} of type {@code t} of a boxed Java value. */
    public static Val unbox(ValType t, Object o) {
        if (t instanceof NumType n) {
            return switch (n) {
                case I32 -> Val.i32((Integer) o);
                case I64 -> Val.i64((Long) o);
                case F32 -> Val.f32Bits(Float.floatToRawIntBits((Float) o));
                case F64 -> Val.f64Bits(Double.doubleToRawLongBits((Double) o));
            };
        }
        if (t instanceof RefType r) {
            return Val.ref(r, o);
        }
        if (t == ValType.V128) {
            V128 v = (V128) o;
            return Val.v128(v.lo, v.hi);
        }
        throw new WasmException("values of type " + t + " are not supported by backend pure");
    }

    /** The reference a value of {@code expected} type holds, checking the value's type. */
    public static Object refOf(Val v, RefType expected) {
        if (!(v.type() instanceof RefType)) {
            throw new WasmException("expected a " + expected + " value, got " + v);
        }
        Object ref = v.ref();
        if (ref == null) {
            return null;
        }
        if (TypeMatching.isFunctionHeap(expected.heapType()) && !(ref instanceof WasmFunction)) {
            throw new WasmException("a funcref must be a function of backend pure, got " + ref.getClass().getName());
        }
        return ref;
    }

    /** Checks that {@code args} match {@code types} in number and type. */
    public static void checkArguments(List<ValType> types, Val[] args) {
        if (args.length != types.size()) {
            throw new WasmException("expected " + types.size() + " arguments, got " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            if (!matches(args[i], types.get(i))) {
                throw new WasmException("argument " + i + " is " + args[i] + ", expected " + types.get(i));
            }
        }
    }

    /** Whether {@code v} is a value of type {@code t} (references: funcref and externref are apart). */
    public static boolean matches(Val v, ValType t) {
        if (v == null) {
            return false;
        }
        if (t instanceof RefType r) {
            if (!(v.type() instanceof RefType)) {
                return false;
            }
            if (v.ref() == null && !r.nullable()) {
                return false;
            }
            boolean wantFunc = TypeMatching.isFunctionHeap(r.heapType());
            boolean isFunc = TypeMatching.isFunctionHeap(((RefType) v.type()).heapType());
            return wantFunc == isFunc && (!wantFunc || v.ref() == null || v.ref() instanceof WasmFunction);
        }
        return v.type().equals(t);
    }
}
