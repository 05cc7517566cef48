package dev.wasm4j;

/**
 * The bytes (or text) are not a well-formed module. {@link #reason()} uses the spec test suite's
 * wording ("unexpected end", "magic header not detected", ...); {@link #offset()} is the byte offset in
 * the binary where decoding failed.
 */
public class MalformedModuleException extends CompileException {
    private final long offset;
    private final String reason;

    public MalformedModuleException(long offset, String reason) {
        super("malformed module" + (offset >= 0 ? " at byte offset " + offset : "") + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /** For subclasses that locate the error by something other than a byte offset. */
    protected MalformedModuleException(String message, long offset, String reason, Throwable cause) {
        super(message, cause);
        this.offset = offset;
        this.reason = reason;
    }

    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
