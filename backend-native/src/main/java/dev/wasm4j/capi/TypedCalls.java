package dev.wasm4j.capi;

import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.spi.JavaSignatures;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@link Func#typed}: an implementation of the interface that writes the arguments to the view's raw slots,
 * calls {@code wasmtime_func_call_unchecked} and reads the result from slot 0 ({@link TypedCallState}). For a
 * public interface it is a generated class ({@link TypedBridges}); otherwise a method handle of the same steps
 * wrapped by {@link MethodHandleProxies}, or a {@link Proxy} when even that cannot implement the interface.
 *
 * <p>Unchecked calls skip wasmtime's type checks, so they are used only when every value of each parameter
 * type is valid ({@link RawValues#isRawType}); other signatures take the checked path through
 * {@link Func#call}, with boxing.
 */
final class TypedCalls {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle INVOKE;
    private static final MethodHandle CALL_BOXED;

    static {
        try {
            INVOKE = LOOKUP.findVirtual(TypedCallState.class, "invoke", MethodType.methodType(void.class));
            CALL_BOXED = LOOKUP.findStatic(TypedCalls.class, "callBoxed",
                    MethodType.methodType(Object.class, WasmtimeFunc.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TypedCalls() {
    }

    static <I> I create(WasmtimeFunc func, Class<I> iface) {
        Method method = JavaSignatures.functionalMethod(iface);
        FuncType type = func.type();
        JavaSignatures.checkCallable(method, type);
        MethodType target = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
        if (!RawValues.allRaw(type.params()) || !RawValues.allRaw(type.results())) {
            return asInterface(iface, boxed(func, target).asType(target));
        }
        TypedCallState call = new TypedCallState(func, Math.max(1, Math.max(type.params().size(),
                type.results().size())));
        if (Modifier.isPublic(iface.getModifiers())) {
            Optional<I> bridge = TypedBridges.create(iface, method, type, call);
            if (bridge.isPresent()) {
                return bridge.get();
            }
        }
        return asInterface(iface, unchecked(call, type, method).asType(target));
    }

    private static MethodHandle unchecked(TypedCallState call, FuncType type, Method method) {
        WasmtimeStore store = call.store();
        MemorySegment slots = call.slots();
        // () R: call, then read slot 0.
        MethodHandle h = MethodHandles.insertArguments(INVOKE, 0, call);
        Class<?> returnType = method.getReturnType();
        if (returnType != void.class) {
            MethodHandle reader = MethodHandles.insertArguments(
                    RawSlotAccess.getter(returnType, isFuncRef(type.results().get(0))), 0, store, slots, 0L);
            h = MethodHandles.foldArguments(reader, h);
        }
        // (P0..Pn-1) R: write every argument to its slot first.
        Class<?>[] params = method.getParameterTypes();
        h = MethodHandles.dropArguments(h, 0, params);
        for (int i = 0; i < params.length; i++) {
            Class<?> slotType = params[i].isPrimitive() ? params[i] : Object.class;
            MethodHandle writer = MethodHandles.insertArguments(
                    RawSlotAccess.putter(slotType, isFuncRef(type.params().get(i))), 0, store, slots,
                    i * RawValues.SLOT);
            writer = writer.asType(writer.type().changeParameterType(0, params[i]));
            h = MethodHandles.foldArguments(h, i, writer);
        }
        return h;
    }

    private static boolean isFuncRef(ValType t) {
        return RefType.FUNCREF.equals(t);
    }

    private static MethodHandle boxed(WasmtimeFunc func, MethodType target) {
        MethodHandle h = MethodHandles.insertArguments(CALL_BOXED, 0, func)
                .asCollector(Object[].class, target.parameterCount());
        if (target.returnType() == void.class) {
            MethodHandle drop = MethodHandles.empty(MethodType.methodType(void.class, Object.class));
            h = MethodHandles.filterReturnValue(h, drop);
        }
        return h;
    }

    @SuppressWarnings("unused") // through CALL_BOXED
    private static Object callBoxed(WasmtimeFunc func, Object[] args) {
        FuncType type = func.type();
        Val[] vals = new Val[args.length];
        for (int i = 0; i < args.length; i++) {
            vals[i] = BoxedValues.toVal(type.params().get(i), args[i]);
        }
        Val[] results = func.call(vals);
        return results.length == 0 ? null : BoxedValues.fromVal(results[0]);
    }

    @SuppressWarnings("unchecked")
    private static <I> I asInterface(Class<I> iface, MethodHandle handle) {
        if (Modifier.isPublic(iface.getModifiers()) && !iface.isSealed()) {
            try {
                return MethodHandleProxies.asInterfaceInstance(iface, handle);
            } catch (IllegalArgumentException e) {
                // Not a plain public interface after all (e.g. in a module that is not open): use a Proxy.
            }
        }
        Method method = JavaSignatures.functionalMethod(iface);
        MethodHandle spread = handle.asSpreader(Object[].class, handle.type().parameterCount());
        return (I) Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, args) -> {
            if (m.equals(method)) {
                return spread.invoke(args == null ? new Object[0] : args);
            }
            return switch (m.getName()) {
                case "toString" -> "typed view of a wasm function as " + iface.getName();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(m + " of " + Arrays.toString(args));
            };
        });
    }
}
