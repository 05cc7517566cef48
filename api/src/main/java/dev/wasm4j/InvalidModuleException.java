package dev.wasm4j;

/**
 * A well-formed module that fails validation. {@link #functionIndex()} is the function whose body is
 * invalid (-1 when the error is outside code), {@link #offset()} the byte offset of the instruction or
 * entry at fault (-1 when the backend does not say); {@link #reason()} uses the spec test suite's wording ("type mismatch", ...).
 */
public class InvalidModuleException extends CompileException {
    private final int functionIndex;
    private final long offset;
    private final String reason;

    public InvalidModuleException(int functionIndex, long offset, String reason) {
        super("invalid module" + (functionIndex >= 0 ? " in function " + functionIndex : "")
                + (offset >= 0 ? " at byte offset " + offset : "") + ": " + reason);
        this.functionIndex = functionIndex;
        this.offset = offset;
        this.reason = reason;
    }

    public int functionIndex() {
        return functionIndex;
    }

    public long offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
