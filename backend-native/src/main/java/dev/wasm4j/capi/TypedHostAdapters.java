package dev.wasm4j.capi;

import dev.wasm4j.Caller;
import dev.wasm4j.Func;
import dev.wasm4j.spi.JavaSignatures;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For interfaces {@link HostBridges} cannot implement (not public): builds, once per interface method, the
 * method handle a typed host function is called through:
 * {@code (Object implementation, WasmtimeStore, Caller, MemorySegment slots) void}. It reads each argument
 * from its raw slot as the method's Java type, invokes the method on the implementation, and writes the
 * result to slot 0 (results overwrite arguments): no boxing, no arrays. The implementation is an argument,
 * not bound, so every store's function of the same interface shares one handle (and its compiled form).
 */
final class TypedHostAdapters {
    private static final ConcurrentHashMap<Method, MethodHandle> ADAPTERS = new ConcurrentHashMap<>();
    private static final MethodType SHAPE = MethodType.methodType(void.class, Object.class, WasmtimeStore.class,
            Caller.class, MemorySegment.class);

    private TypedHostAdapters() {
    }

    static MethodHandle adapterFor(Method method) {
        return ADAPTERS.computeIfAbsent(method, TypedHostAdapters::build);
    }

    private static MethodHandle build(Method method) {
        MethodHandle target;
        try {
            method.setAccessible(true);
            target = MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + method + ": " + e.getMessage(), e);
        }
        boolean takesCaller = JavaSignatures.takesCaller(method);
        Class<?>[] params = method.getParameterTypes();
        int first = takesCaller ? 1 : 0;
        int arity = params.length - first;
        // (Object impl, Caller, P0..Pn-1) R
        target = target.asType(target.type().changeParameterType(0, Object.class));
        if (!takesCaller) {
            target = MethodHandles.dropArguments(target, 1, Caller.class);
        }
        // Each Pi becomes (WasmtimeStore, MemorySegment) through its slot reader, last first.
        for (int i = arity - 1; i >= 0; i--) {
            Class<?> p = params[first + i];
            MethodHandle reader = MethodHandles.insertArguments(RawSlotAccess.getter(p, p == Func.class), 2,
                    i * RawValues.SLOT);
            reader = reader.asType(reader.type().changeReturnType(p));
            target = MethodHandles.collectArguments(target, 2 + i, reader);
        }
        // (Object, Caller, [WasmtimeStore, MemorySegment] x n) R  ->  (Object, WasmtimeStore, Caller, MemorySegment) R
        Class<?> result = target.type().returnType();
        int[] order = new int[2 + 2 * arity];
        order[0] = 0;
        order[1] = 2;
        for (int i = 0; i < arity; i++) {
            order[2 + 2 * i] = 1;
            order[3 + 2 * i] = 3;
        }
        target = MethodHandles.permuteArguments(target, SHAPE.changeReturnType(result), order);
        if (result == void.class) {
            return target;
        }
        // put(WasmtimeStore, MemorySegment, offset 0, R) after the call.
        MethodHandle writer = MethodHandles.insertArguments(RawSlotAccess.putter(result, result == Func.class), 2, 0L);
        writer = writer.asType(writer.type().changeParameterType(2, result));
        MethodHandle combined = MethodHandles.collectArguments(writer, 2, target);
        // (WasmtimeStore, MemorySegment, Object, WasmtimeStore, Caller, MemorySegment) -> SHAPE
        return MethodHandles.permuteArguments(combined, SHAPE, 1, 3, 0, 1, 2, 3);
    }
}
