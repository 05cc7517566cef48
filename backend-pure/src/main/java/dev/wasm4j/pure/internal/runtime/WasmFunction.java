package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A function reference: what tables, ref.func, imports and exports hold. {@link #handle()} follows the
 * calling convention of {@link Signatures}; its trailing argument is {@link #contextFor(WasmInstance)}.
 */
public final class WasmFunction implements Func {
    public final FuncType type;
    /** The canonical id of {@link #type}, compared by call_indirect. */
    public final int sigId;
    /** Resolved on first use for compiled functions, whose class may not be generated yet. */
    private MethodHandle handle;
    /** The defining instance, or null for a host function. */
    public final WasmInstance owner;
    /** The compiled code of a wasm function, null for a host function. */
    private final FunctionCode code;
    private final Map<Class<?>, Object> typedViews = new ConcurrentHashMap<>();
    private volatile MethodHandle spreader;
    private volatile MethodHandle tailSpreader;
    /** For compiled functions: a generated direct caller, much faster than the spreader. */
    private volatile DynamicInvoker invoker;

    private WasmFunction(FuncType type, int sigId, MethodHandle handle, WasmInstance owner, FunctionCode code) {
        this.type = type;
        this.sigId = sigId;
        this.handle = handle;
        this.owner = owner;
        this.code = code;
    }

    public static WasmFunction host(FuncType type, MethodHandle handle) {
        return new WasmFunction(type, Signatures.id(type), handle, null, null);
    }

    /** @param sigId the id of the function's type in its module, see {@link CanonicalSignatures} */
    public static WasmFunction compiled(FuncType type, int sigId, FunctionCode code, WasmInstance owner) {
        return new WasmFunction(type, sigId, null, owner, code);
    }

    /**
     * Runs what a tail call of this function runs (see {@link TailCalls}) with its arguments and the
     * callee's instance last, through a spreader made once per function.
     */
    Object invokeTail(Object[] argumentsAndInstance) throws Throwable {
        MethodHandle s = tailSpreader;
        if (s == null) {
            MethodHandle h = code != null ? code.tailHandle() : handle();
            s = h.asType(h.type().generic()).asSpreader(Object[].class, h.type().parameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            tailSpreader = s;
        }
        return s.invokeExact(argumentsAndInstance);
    }

    /** The handle to call, see {@link Signatures}; compiled code calls this in its call stubs. */
    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = code.handle();
            handle = h;
        }
        return h;
    }

    /** The instance to pass as the trailing argument when {@code caller} calls this function. */
    public WasmInstance contextFor(WasmInstance caller) {
        return owner != null ? owner : caller;
    }

    FunctionCode code() {
        return code;
    }

    @Override
    public FuncType type() {
        return type;
    }

    @Override
    public Val[] call(Val... args) {
        Values.checkArguments(type.params(), args);
        boolean direct = code != null;
        Object[] boxed = new Object[direct ? args.length : args.length + 1];
        for (int i = 0; i < args.length; i++) {
            boxed[i] = Values.box(args[i]);
        }
        Object result;
        try {
            if (direct) {
                result = invoker().invoke(boxed);
            } else {
                boxed[args.length] = owner;
                result = spreader().invokeExact(boxed);
            }
        } catch (Throwable t) {
            throw Traps.toWasm(t);
        }
        return results(result);
    }

    private DynamicInvoker invoker() {
        DynamicInvoker i = invoker;
        if (i == null) {
            i = TypedBridges.dynamicInvoker(this);
            invoker = i;
        }
        return i;
    }

    private MethodHandle spreader() {
        MethodHandle s = spreader;
        if (s == null) {
            MethodHandle h = handle();
            int n = h.type().parameterCount();
            s = h.asType(h.type().generic()).asSpreader(Object[].class, n)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            spreader = s;
        }
        return s;
    }

    private Val[] results(Object result) {
        List<ValType> types = type.results();
        if (types.isEmpty()) {
            return new Val[0];
        }
        if (types.size() == 1) {
            return new Val[] {Values.unbox(types.get(0), result)};
        }
        Object[] values = (Object[]) result;
        Val[] vals = new Val[types.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = Values.unbox(types.get(i), values[i]);
        }
        return vals;
    }

    @Override
    public <I> I typed(Class<I> functionalInterface) {
        Object view = typedViews.computeIfAbsent(functionalInterface, iface -> TypedBridges.create(this, iface));
        return functionalInterface.cast(view);
    }

    @Override
    public String toString() {
        return "func" + type;
    }
}
