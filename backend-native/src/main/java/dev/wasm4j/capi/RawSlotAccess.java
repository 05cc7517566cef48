package dev.wasm4j.capi;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Method handles reading and writing one raw slot as a Java value, the pieces typed calls and typed host
 * functions are assembled from: {@code get(store, slots, offset)} and {@code put(store, slots, offset, value)}
 * for {@code int}, {@code long}, {@code float}, {@code double} and references (funcref as a {@code dev.wasm4j.Func},
 * externref as any object). Floats keep their bit patterns (NaN payloads included).
 */
final class RawSlotAccess {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private RawSlotAccess() {
    }

    /** {@code (WasmtimeStore, MemorySegment slots, long offset) -> type}. */
    static MethodHandle getter(Class<?> type, boolean funcref) {
        return find("get", type, funcref, MethodType.methodType(erase(type), WasmtimeStore.class, MemorySegment.class,
                long.class));
    }

    /** {@code (WasmtimeStore, MemorySegment slots, long offset, type) -> void}. */
    static MethodHandle putter(Class<?> type, boolean funcref) {
        return find("put", type, funcref, MethodType.methodType(void.class, WasmtimeStore.class, MemorySegment.class,
                long.class, erase(type)));
    }

    private static Class<?> erase(Class<?> type) {
        return type.isPrimitive() ? type : Object.class;
    }

    private static MethodHandle find(String verb, Class<?> type, boolean funcref, MethodType methodType) {
        String suffix = type == int.class ? "I32" : type == long.class ? "I64" : type == float.class ? "F32"
                : type == double.class ? "F64" : funcref ? "FuncRef" : "ExternRef";
        try {
            return LOOKUP.findStatic(RawSlotAccess.class, verb + suffix, methodType);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static int getI32(WasmtimeStore store, MemorySegment slots, long offset) {
        return slots.get(JAVA_INT, offset);
    }

    static long getI64(WasmtimeStore store, MemorySegment slots, long offset) {
        return slots.get(JAVA_LONG, offset);
    }

    static float getF32(WasmtimeStore store, MemorySegment slots, long offset) {
        return Float.intBitsToFloat(slots.get(JAVA_INT, offset));
    }

    static double getF64(WasmtimeStore store, MemorySegment slots, long offset) {
        return Double.longBitsToDouble(slots.get(JAVA_LONG, offset));
    }

    static Object getFuncRef(WasmtimeStore store, MemorySegment slots, long offset) {
        return RawValues.readFuncRef(store, slots, offset);
    }

    static Object getExternRef(WasmtimeStore store, MemorySegment slots, long offset) {
        return RawValues.readExternRef(store, slots, offset);
    }

    static void putI32(WasmtimeStore store, MemorySegment slots, long offset, int value) {
        slots.set(JAVA_INT, offset, value);
    }

    static void putI64(WasmtimeStore store, MemorySegment slots, long offset, long value) {
        slots.set(JAVA_LONG, offset, value);
    }

    static void putF32(WasmtimeStore store, MemorySegment slots, long offset, float value) {
        slots.set(JAVA_INT, offset, Float.floatToRawIntBits(value));
    }

    static void putF64(WasmtimeStore store, MemorySegment slots, long offset, double value) {
        slots.set(JAVA_LONG, offset, Double.doubleToRawLongBits(value));
    }

    static void putFuncRef(WasmtimeStore store, MemorySegment slots, long offset, Object value) {
        RawValues.writeFuncRef(store, slots, offset, value);
    }

    static void putExternRef(WasmtimeStore store, MemorySegment slots, long offset, Object value) {
        RawValues.writeExternRef(store, slots, offset, value);
    }
}
