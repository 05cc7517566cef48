package dev.wasm4j;

/**
 * A WebAssembly function, defined in wasm or by the host.
 *
 * <h2>Typed calls</h2>
 * {@link #typed(Class)} returns an implementation of a Java functional interface whose single abstract
 * method has the function's signature, and calls the function with no boxing and no arrays:
 * i32 ↔ {@code int}, i64 ↔ {@code long}, f32 ↔ {@code float}, f64 ↔ {@code double}, a reference type ↔
 * {@code Object} (or any reference class); no result ↔ {@code void}. Types from {@code java.util.function}
 * such as {@code IntBinaryOperator} work, as do interfaces of your own.
 */
public interface Func extends Extern {
    @Override
    FuncType type();

    /**
     * Calls the function with dynamically typed values.
     *
     * @throws Trap            when the function traps
     * @throws WasmException   when the arguments do not match the parameter types
     */
    Val[] call(Val... args);

    /**
     * A zero-boxing view of this function as {@code functionalInterface}.
     *
     * @throws IllegalArgumentException when the interface's method does not match {@link #type()}
     */
    <I> I typed(Class<I> functionalInterface);

    /** A host function with a dynamic signature, bound to {@code store}. */
    static Func of(Store<?> store, FuncType type, HostFunction function) {
        return store.backendStore().hostFunction(type, function);
    }

    /**
     * A host function implemented by {@code implementation} of {@code functionalInterface}; its wasm type
     * is derived from the interface's method (see {@link Func}). A first parameter of type {@link Caller}
     * receives the caller.
     */
    static <I> Func ofTyped(Store<?> store, Class<I> functionalInterface, I implementation) {
        return store.backendStore().typedHostFunction(functionalInterface, implementation);
    }
}
