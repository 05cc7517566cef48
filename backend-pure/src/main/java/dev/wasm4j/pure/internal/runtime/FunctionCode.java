package dev.wasm4j.pure.internal.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled code of one wasm-defined function, shared by every instance of its module: the static
 * method, by class and name. The class is generated when it is first loaded (see the module's class
 * loader), so asking for {@link #declaringClass()} or {@link #handle()} is what compiles it.
 */
public final class FunctionCode {
    private final ClassLoader loader;
    private final String className;
    private final String methodName;
    private final MethodType type;
    /** The method of the function's body when it makes tail calls (see {@link TailCalls}), else null. */
    private final String bodyMethodName;
    private volatile MethodHandle tailHandle;
    private volatile Class<?> declaringClass;
    private volatile MethodHandle handle;
    /** Typed-call bridge constructors by interface, see {@link TypedBridges}. */
    final Map<Class<?>, MethodHandle> bridges = new ConcurrentHashMap<>();

    /**
     * @param className binary name of the class the module's {@code loader} defines with the method
     * @param type      the method's type, see {@link Signatures#methodType}
     */
    public FunctionCode(ClassLoader loader, String className, String methodName, MethodType type) {
        this(loader, className, methodName, null, type);
    }

    public FunctionCode(ClassLoader loader, String className, String methodName, String bodyMethodName,
                        MethodType type) {
        this.loader = loader;
        this.className = className;
        this.methodName = methodName;
        this.bodyMethodName = bodyMethodName;
        this.type = type;
    }

    /** What a tail call runs: the body method, without the wrapper's trampoline (see {@link TailCalls}). */
    public MethodHandle tailHandle() {
        if (bodyMethodName == null) {
            return handle();
        }
        MethodHandle h = tailHandle;
        if (h == null) {
            h = find(bodyMethodName);
            tailHandle = h;
        }
        return h;
    }

    public Class<?> declaringClass() {
        Class<?> c = declaringClass;
        if (c == null) {
            try {
                c = Class.forName(className, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiled class " + className + " is missing", e);
            }
            declaringClass = c;
        }
        return c;
    }

    public String methodName() {
        return methodName;
    }

    /** {@code (params..., WasmInstance) -> result}, see {@link Signatures}. */
    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = find(methodName);
            handle = h;
        }
        return h;
    }

    private MethodHandle find(String method) {
        try {
            return MethodHandles.publicLookup().findStatic(declaringClass(), method, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("compiled method " + method + " is missing", e);
        }
    }
}
