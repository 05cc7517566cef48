package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.FuncType;
import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JVM calling convention of wasm functions and the canonical signature ids call_indirect compares.
 *
 * <p>A function of type {@code [p1..pn] -> [r]} is a method {@code (p1..pn, WasmInstance)r}: numbers as
 * JVM primitives, references as Object, no result as void, and several results as an Object[] of boxed
 * values. The trailing instance is the callee's own instance for wasm functions and the calling
 * instance (or null from the host) for host functions, which use it as their {@link dev.wasm4j.Caller}.
 */
public final class Signatures {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private Signatures() {
    }

    /** The id of a host function's type; the same as a module's equivalent type (see CanonicalSignatures). */
    public static int id(FuncType type) {
        return idOfKey(CanonicalSignatures.keyOf(type));
    }

    /** The same id for the same canonical key, across modules and stores. */
    static int idOfKey(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : IDS.computeIfAbsent(key, k -> NEXT_ID.getAndIncrement());
    }

    public static Class<?> javaClass(ValType t) {
        if (t instanceof NumType n) {
            return switch (n) {
                case I32 -> int.class;
                case I64 -> long.class;
                case F32 -> float.class;
                case F64 -> double.class;
            };
        }
        if (t instanceof RefType) {
            return Object.class;
        }
        if (t == ValType.V128) {
            return V128.class;
        }
        throw new WasmException("values of type " + t + " are not supported by backend pure");
    }

    public static Class<?> returnClass(FuncType type) {
        return switch (type.results().size()) {
            case 0 -> void.class;
            case 1 -> javaClass(type.results().get(0));
            default -> Object[].class;
        };
    }

    /** The parameter classes without the trailing instance. */
    public static List<Class<?>> paramClasses(FuncType type) {
        List<Class<?>> ps = new ArrayList<>(type.params().size());
        for (ValType t : type.params()) {
            ps.add(javaClass(t));
        }
        return ps;
    }

    /** The method type of the calling convention, trailing instance included. */
    public static MethodType methodType(FuncType type) {
        List<Class<?>> ps = paramClasses(type);
        ps.add(WasmInstance.class);
        return MethodType.methodType(returnClass(type), ps);
    }

    /** JVM parameter slots of the wasm parameters (the JVM allows 255 including the instance). */
    public static int parameterSlots(FuncType type) {
        int slots = 0;
        for (ValType t : type.params()) {
            slots += t == ValType.I64 || t == ValType.F64 ? 2 : 1;
        }
        return slots;
    }
}
