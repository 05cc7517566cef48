package dev.wasm4j.spi;

import dev.wasm4j.Caller;
import dev.wasm4j.FuncType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping between Java method signatures and wasm function types used by typed calls and typed
 * host functions, shared by every backend so they agree: i32 ↔ int, i64 ↔ long, f32 ↔ float,
 * f64 ↔ double, reference ↔ a reference class, no result ↔ void.
 */
public final class JavaSignatures {
    private JavaSignatures() {
    }

    /** The single abstract method of a functional interface. */
    public static Method functionalMethod(Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        Method found = null;
        for (Method m : iface.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null) {
                throw new IllegalArgumentException(iface.getName() + " has more than one abstract method: "
                        + found.getName() + ", " + m.getName());
            }
            found = m;
        }
        if (found == null) {
            throw new IllegalArgumentException(iface.getName() + " has no abstract method");
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether the method's first parameter receives the {@link Caller}. */
    public static boolean takesCaller(Method m) {
        return m.getParameterCount() > 0 && m.getParameterTypes()[0] == Caller.class;
    }

    /**
     * The wasm type of a host function implemented by {@code m} (a leading {@link Caller} parameter is
     * not part of it). References map to {@code externref}, except {@code dev.wasm4j.Func} to
     * {@code funcref}.
     */
    public static FuncType funcTypeOf(Method m) {
        Class<?>[] ps = m.getParameterTypes();
        List<ValType> params = new ArrayList<>();
        for (int i = takesCaller(m) ? 1 : 0; i < ps.length; i++) {
            params.add(valTypeOf(ps[i], m));
        }
        List<ValType> results = m.getReturnType() == void.class ? List.of() : List.of(valTypeOf(m.getReturnType(), m));
        return new FuncType(params, results);
    }

    private static ValType valTypeOf(Class<?> c, Method m) {
        if (c == int.class) {
            return ValType.I32;
        } else if (c == long.class) {
            return ValType.I64;
        } else if (c == float.class) {
            return ValType.F32;
        } else if (c == double.class) {
            return ValType.F64;
        } else if (c == dev.wasm4j.Func.class) {
            return RefType.FUNCREF;
        } else if (!c.isPrimitive()) {
            return RefType.EXTERNREF;
        }
        throw new IllegalArgumentException("no wasm type for " + c + " in " + m);
    }

    /** The Java class a value of {@code t} is passed as in a typed call. */
    public static Class<?> javaClassOf(ValType t) {
        if (t == ValType.I32) {
            return int.class;
        } else if (t == ValType.I64) {
            return long.class;
        } else if (t == ValType.F32) {
            return float.class;
        } else if (t == ValType.F64) {
            return double.class;
        } else if (t instanceof RefType) {
            return Object.class;
        }
        throw new IllegalArgumentException("typed calls do not support " + t + "; use Func.call");
    }

    /**
     * Checks that {@code m} can call a function of type {@code type}: same arity, number types exactly,
     * reference parameters as any reference class, at most one result.
     */
    public static void checkCallable(Method m, FuncType type) {
        Class<?>[] ps = m.getParameterTypes();
        String mismatch = null;
        if (ps.length != type.params().size()) {
            mismatch = "has " + ps.length + " parameters";
        } else if (type.results().size() > 1) {
            mismatch = "cannot return " + type.results().size() + " results; use Func.call";
        } else {
            for (int i = 0; i < ps.length && mismatch == null; i++) {
                if (!fits(ps[i], type.params().get(i))) {
                    mismatch = "parameter " + i + " is " + ps[i].getSimpleName();
                }
            }
            Class<?> r = m.getReturnType();
            if (mismatch == null && (type.results().isEmpty() ? r != void.class : !fits(r, type.results().get(0)))) {
                mismatch = "returns " + r.getSimpleName();
            }
        }
        if (mismatch != null) {
            throw new IllegalArgumentException(m.getDeclaringClass().getName() + "." + m.getName() + " "
                    + mismatch + ", which does not match " + type);
        }
    }

    private static boolean fits(Class<?> c, ValType t) {
        return t instanceof RefType ? !c.isPrimitive() : c == javaClassOf(t);
    }
}
