package dev.wasm4j;

/**
 * A WebAssembly value type: a number type, the vector type {@code v128}, or a reference type.
 *
 * <p>No default methods here on purpose: an interface with default methods is initialized together
 * with its implementing classes, and then {@code NumType}'s initialization would read these constants
 * before they are set (they refer back to {@code NumType}), leaving {@code ValType.I32} null.
 */
public sealed interface ValType permits NumType, VecType, RefType {
    ValType I32 = NumType.I32;
    ValType I64 = NumType.I64;
    ValType F32 = NumType.F32;
    ValType F64 = NumType.F64;
    ValType V128 = VecType.V128;
    RefType FUNCREF = RefType.FUNCREF;
    RefType EXTERNREF = RefType.EXTERNREF;

    /** True for i32, i64, f32, f64. */
    boolean isNumeric();

    /** True for every reference type, nullable or not. */
    boolean isReference();
}
