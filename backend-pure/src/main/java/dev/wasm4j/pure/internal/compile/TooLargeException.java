package dev.wasm4j.pure.internal.compile;

/** A function exceeds a JVM limit (method size, locals, parameters); the caller picks another strategy. */
final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
        super(message);
    }

    /** This exception, or one naming function {@code f} if the message does not name a function yet. */
    TooLargeException in(int f) {
        String m = getMessage();
        if (m.startsWith("function ") || m.startsWith("imported function ") || m.startsWith("call_indirect")) {
            return this;
        }
        TooLargeException named = new TooLargeException("function " + f + ": " + m);
        named.initCause(this);
        return named;
    }
}
