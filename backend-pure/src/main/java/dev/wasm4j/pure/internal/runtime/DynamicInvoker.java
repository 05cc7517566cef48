package dev.wasm4j.pure.internal.runtime;

/**
 * A compiled wasm function called with boxed arguments ({@link Values#box}), returning its boxed result
 * (or an {@code Object[]} for several, or null for none). Generated per function by
 * {@link TypedBridges#dynamicInvoker}, so {@code Func.call} makes a direct {@code invokestatic} instead of
 * going through a method handle spreader the JIT cannot inline.
 */
public interface DynamicInvoker {
    Object invoke(Object[] args) throws Throwable;
}
