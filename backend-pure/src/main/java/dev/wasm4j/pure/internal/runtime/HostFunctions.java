package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Caller;
import dev.wasm4j.FuncType;
import dev.wasm4j.HostFunction;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;
import dev.wasm4j.spi.JavaSignatures;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Builds the handles of host functions in the calling convention of {@link Signatures}. A typed host
 * function's handle calls the user's interface method directly (no boxing); a dynamic one collects the
 * arguments into {@link Val}s. Both wrap exceptions: a {@link WasmException} passes unchanged, any other
 * exception becomes a HOST trap.
 */
final class HostFunctions {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle DYNAMIC_INVOKE;
    private static final MethodHandle OPEN_CALLER;
    private static final MethodHandle CLOSE_CALLER;
    private static final MethodHandle CLOSE_CALLER_VOID;
    private static final MethodHandle RETHROW;

    static {
        try {
            DYNAMIC_INVOKE = LOOKUP.findVirtual(DynamicCall.class, "invoke",
                    MethodType.methodType(Object.class, WasmInstance.class, Object[].class));
            OPEN_CALLER = LOOKUP.findStatic(HostFunctions.class, "openCaller",
                    MethodType.methodType(ScopedCaller.class, PureStore.class, WasmInstance.class));
            CLOSE_CALLER = LOOKUP.findStatic(HostFunctions.class, "closeCaller",
                    MethodType.methodType(Object.class, Throwable.class, Object.class, ScopedCaller.class));
            CLOSE_CALLER_VOID = LOOKUP.findStatic(HostFunctions.class, "closeCaller",
                    MethodType.methodType(void.class, Throwable.class, ScopedCaller.class));
            RETHROW = LOOKUP.findStatic(HostFunctions.class, "rethrow",
                    MethodType.methodType(Object.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HostFunctions() {
    }

    static WasmFunction dynamic(PureStore store, FuncType type, HostFunction function) {
        MethodType target = Signatures.methodType(type);
        int n = type.params().size();
        MethodHandle h = DYNAMIC_INVOKE.bindTo(new DynamicCall(store, type, function));
        h = h.asCollector(1, Object[].class, n); // (WasmInstance, Object x n) Object
        int[] order = new int[n + 1];
        for (int i = 0; i < n; i++) {
            order[i + 1] = i;
        }
        order[0] = n;
        MethodType generic = MethodType.genericMethodType(n).appendParameterTypes(WasmInstance.class);
        h = MethodHandles.permuteArguments(h, generic, order);
        return WasmFunction.host(type, guard(h.asType(target)));
    }

    static <I> WasmFunction typed(PureStore store, Class<I> iface, I implementation) {
        Method m = JavaSignatures.functionalMethod(iface);
        FuncType type = JavaSignatures.funcTypeOf(m);
        MethodType target = Signatures.methodType(type);
        MethodHandle h;
        try {
            m.trySetAccessible();
            h = LOOKUP.unreflect(m).bindTo(implementation);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot call " + m + ": " + e.getMessage(), e);
        }
        int n = type.params().size();
        if (JavaSignatures.takesCaller(m)) {
            h = scoped(h);                                                     // (ScopedCaller, P...) R
            h = MethodHandles.filterArguments(h, 0, OPEN_CALLER.bindTo(store)); // (WasmInstance, P...) R
            int[] order = new int[n + 1];
            order[0] = n;
            for (int i = 0; i < n; i++) {
                order[i + 1] = i;
            }
            MethodType permuted = h.type().dropParameterTypes(0, 1).appendParameterTypes(WasmInstance.class);
            h = MethodHandles.permuteArguments(h, permuted, order);
        } else {
            h = MethodHandles.dropArguments(h, n, WasmInstance.class);
        }
        return WasmFunction.host(type, guard(h.asType(target)));
    }

    /** {@code h} taking a {@link ScopedCaller} first, which is closed when {@code h} returns or throws. */
    private static MethodHandle scoped(MethodHandle h) {
        MethodHandle target = h.asType(h.type().changeParameterType(0, ScopedCaller.class));
        Class<?> r = target.type().returnType();
        MethodHandle cleanup = r == void.class ? CLOSE_CALLER_VOID
                : CLOSE_CALLER.asType(MethodType.methodType(r, Throwable.class, r, ScopedCaller.class));
        return MethodHandles.tryFinally(target, cleanup);
    }

    @SuppressWarnings("unused") // through OPEN_CALLER
    private static ScopedCaller openCaller(PureStore store, WasmInstance instance) {
        return new ScopedCaller(store.callerFor(instance));
    }

    @SuppressWarnings("unused") // through CLOSE_CALLER
    private static Object closeCaller(Throwable thrown, Object result, ScopedCaller caller) {
        caller.close();
        return result;
    }

    @SuppressWarnings("unused") // through CLOSE_CALLER_VOID
    private static void closeCaller(Throwable thrown, ScopedCaller caller) {
        caller.close();
    }

    /** Wraps {@code h} so that its exceptions follow the host function rule. */
    private static MethodHandle guard(MethodHandle h) {
        MethodHandle handler = RETHROW.asType(MethodType.methodType(h.type().returnType(), Throwable.class));
        handler = MethodHandles.dropArguments(handler, 1, h.type().parameterList());
        return MethodHandles.catchException(h, Throwable.class, handler);
    }

    private static Object rethrow(Throwable t) throws Throwable {
        if (t instanceof WasmException || t instanceof Error) {
            throw t;
        }
        throw Traps.hostFailure(t);
    }

    /** A dynamic host function's adapter from boxed arguments to {@link Val}s and back. */
    private static final class DynamicCall {
        private final PureStore store;
        private final FuncType type;
        private final HostFunction function;

        DynamicCall(PureStore store, FuncType type, HostFunction function) {
            this.store = store;
            this.type = type;
            this.function = function;
        }

        @SuppressWarnings("unused") // called through DYNAMIC_INVOKE
        Object invoke(WasmInstance caller, Object[] args) throws Exception {
            List<ValType> params = type.params();
            Val[] vals = new Val[args.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = Values.unbox(params.get(i), args[i]);
            }
            ScopedCaller scope = new ScopedCaller(store.callerFor(caller));
            Val[] results;
            try {
                results = function.call(scope, vals);
            } finally {
                scope.close();
            }
            List<ValType> types = type.results();
            if (results == null || results.length != types.size()) {
                throw new WasmException("host function returned " + (results == null ? "null" : results.length
                        + " values") + ", expected " + types.size() + " results of " + type);
            }
            for (int i = 0; i < results.length; i++) {
                if (!Values.matches(results[i], types.get(i))) {
                    throw new WasmException("host function result " + i + " is " + results[i] + ", expected "
                            + types.get(i));
                }
            }
            if (results.length == 0) {
                return null;
            }
            if (results.length == 1) {
                return Values.box(results[0]);
            }
            Object[] boxed = new Object[results.length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = Values.box(results[i]);
            }
            return boxed;
        }
    }
}
