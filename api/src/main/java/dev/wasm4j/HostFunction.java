package dev.wasm4j;

/**
 * A function the host gives to WebAssembly, called with dynamically typed values. A {@link WasmException}
 * it throws (a {@link Trap}, for example) propagates to the outermost caller unchanged; any other
 * exception becomes a {@link Trap} with code {@link TrapCode#HOST} and the exception as its cause.
 */
@FunctionalInterface
public interface HostFunction {
    /**
     * @param caller what the calling instance exposes to the host
     * @param args   the arguments, matching the parameter types
     * @return the results, matching the result types (an empty array for none)
     */
    Val[] call(Caller caller, Val[] args) throws Exception;
}
