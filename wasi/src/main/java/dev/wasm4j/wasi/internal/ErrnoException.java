package dev.wasm4j.wasi.internal;

/**
 * Ends a WASI function early with an errno result. It never leaves the WASI layer: every host function
 * turns it into its return value, so it carries no stack trace (it is a result, not a failure).
 */
public final class ErrnoException extends RuntimeException {
    private final int errno;

    public ErrnoException(int errno) {
        super(Errno.name(errno), null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
