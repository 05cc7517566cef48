package dev.wasm4j.pure.internal.compile;

/** A function exceeds a JVM limit (method size, locals, parameters); the caller picks another strategy. */
final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
        super(message);
    }
}
