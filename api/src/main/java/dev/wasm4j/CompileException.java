package dev.wasm4j;

/** A module could not be compiled: it is malformed, invalid, or uses something the backend lacks. */
public class CompileException extends WasmException {
    public CompileException(String message) {
        super(message);
    }

    public CompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
