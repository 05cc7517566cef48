package dev.wasm4j;

/** The root of every error wasm4j reports about WebAssembly code or its use. */
public class WasmException extends RuntimeException {
    public WasmException(String message) {
        super(message);
    }

    public WasmException(String message, Throwable cause) {
        super(message, cause);
    }
}
