package dev.wasm4j;

/**
 * Why a WebAssembly computation trapped. {@link #message()} is the spec test suite's wording, which is
 * also what wasmtime reports.
 */
public enum TrapCode {
    UNREACHABLE("unreachable"),
    INTEGER_OVERFLOW("integer overflow"),
    INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
    INVALID_CONVERSION_TO_INTEGER("invalid conversion to integer"),
    MEMORY_OUT_OF_BOUNDS("out of bounds memory access"),
    TABLE_OUT_OF_BOUNDS("out of bounds table access"),
    UNDEFINED_ELEMENT("undefined element"),
    UNINITIALIZED_ELEMENT("uninitialized element"),
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
    NULL_REFERENCE("null reference"),
    NULL_FUNCTION_REFERENCE("null function reference"),
    NULL_STRUCTURE_REFERENCE("null structure reference"),
    NULL_ARRAY_REFERENCE("null array reference"),
    NULL_I31_REFERENCE("null i31 reference"),
    ARRAY_OUT_OF_BOUNDS("out of bounds array access"),
    CAST_FAILURE("cast failure"),
    UNALIGNED_ATOMIC("unaligned atomic"),
    STACK_EXHAUSTED("call stack exhausted"),
    OUT_OF_MEMORY("out of memory"),
    OUT_OF_FUEL("all fuel consumed"),
    INTERRUPTED("interrupt"),
    UNCAUGHT_EXCEPTION("uncaught exception"),
    HOST("host function failed");

    private final String message;

    TrapCode(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
