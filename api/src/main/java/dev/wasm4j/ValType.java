package dev.wasm4j;

/**
 * A WebAssembly value type: a number type, the vector type {@code v128}, or a reference type.
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
    default boolean isNumeric() {
        return this instanceof NumType;
    }

    /** True for every reference type, nullable or not. */
    default boolean isReference() {
        return this instanceof RefType;
    }
}
