package dev.wasm4j.pure.internal.model;

/**
 * One instruction of a constant expression, with up to two immediates: the constant (i32/i64 value,
 * f32/f64 bits, v128 low and high halves), the heap type of ref.null, a global, function or type index,
 * or for array.new_fixed the type index and the length. {@code offset} is its byte offset in the module.
 */
public record ConstInstruction(int opcode, long immediate, long immediate2, int offset) {
}
