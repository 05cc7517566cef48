package dev.wasm4j.conformance;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.Func;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.internal.text.wast.WastExpected;
import dev.wasm4j.internal.text.wast.WastValue;

import java.util.Arrays;
import java.util.Locale;

/** Converts script values to API values, and checks results against the script's expectations. */
final class Values {
    private Values() {
    }

    static Val toVal(WastValue v) {
        if (v instanceof WastValue.I32 i) {
            return Val.i32(i.value());
        } else if (v instanceof WastValue.I64 l) {
            return Val.i64(l.value());
        } else if (v instanceof WastValue.F32 f) {
            return Val.f32Bits(f.bits());
        } else if (v instanceof WastValue.F64 d) {
            return Val.f64Bits(d.bits());
        } else if (v instanceof WastValue.V128 vec) {
            byte[] b = vec.bytes();
            return Val.v128(littleEndianLong(b, 0), littleEndianLong(b, 8));
        } else if (v instanceof WastValue.RefNull n) {
            return Val.nullRef(nullRefType(n.heapType()));
        } else if (v instanceof WastValue.RefExtern e) {
            return Val.externref(new HostRef(e.id()));
        } else if (v instanceof WastValue.RefHost h) {
            return Val.ref(RefType.ANYREF, new HostRef(h.id()));
        }
        throw new IllegalArgumentException("unsupported script value " + v);
    }

    private static RefType nullRefType(String heapType) {
        try {
            return new RefType(true, AbstractHeapType.valueOf(heapType.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            // A concrete type index: any nullable reference will do for a null.
            return RefType.ANYREF;
        }
    }

    static long littleEndianLong(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    static byte[] v128Bytes(Val v) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v.bits() >>> (8 * i));
            b[8 + i] = (byte) (v.high() >>> (8 * i));
        }
        return b;
    }

    /** Whether {@code actual} satisfies {@code expected}. */
    static boolean matches(WastExpected expected, Val actual) {
        if (expected instanceof WastExpected.Exact exact) {
            return matchesExact(exact.value(), actual);
        } else if (expected instanceof WastExpected.F32Nan nan) {
            return actual.type() == ValType.F32 && nan.matches((int) actual.bits());
        } else if (expected instanceof WastExpected.F64Nan nan) {
            return actual.type() == ValType.F64 && nan.matches(actual.bits());
        } else if (expected instanceof WastExpected.V128 lanes) {
            return actual.type() == ValType.V128 && lanes.matches(v128Bytes(actual));
        } else if (expected instanceof WastExpected.RefOfKind kind) {
            return matchesRefKind(kind, actual);
        } else if (expected instanceof WastExpected.FuncRef) {
            return actual.type() instanceof RefType && actual.ref() instanceof Func;
        } else if (expected instanceof WastExpected.Either either) {
            return either.alternatives().stream().anyMatch(alt -> matches(alt, actual));
        }
        return false;
    }

    private static boolean matchesExact(WastValue v, Val actual) {
        if (v instanceof WastValue.RefNull) {
            return actual.isNull();
        } else if (v instanceof WastValue.RefExtern e) {
            return actual.type() instanceof RefType && new HostRef(e.id()).equals(actual.ref());
        } else if (v instanceof WastValue.RefHost h) {
            return actual.type() instanceof RefType && new HostRef(h.id()).equals(actual.ref());
        } else if (v instanceof WastValue.V128 vec) {
            return actual.type() == ValType.V128 && Arrays.equals(vec.bytes(), v128Bytes(actual));
        }
        Val want = toVal(v);
        return want.type() == actual.type() && want.bits() == actual.bits();
    }

    private static boolean matchesRefKind(WastExpected.RefOfKind kind, Val actual) {
        if (!(actual.type() instanceof RefType)) {
            return false;
        }
        return switch (kind.kind()) {
            case NULL -> actual.isNull();
            case FUNC -> actual.ref() instanceof Func;
            // Host references and backend objects alike: any non-null reference of the right family.
            default -> actual.ref() != null;
        };
    }
}
