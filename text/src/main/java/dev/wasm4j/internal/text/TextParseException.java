package dev.wasm4j.internal.text;

/**
 * A WebAssembly text (WAT or WAST) source that cannot be turned into a binary module or script.
 *
 * <p>The {@link #reason()} uses the wording of the spec test suite's {@code assert_malformed}
 * expectations where one exists, so a conformance runner can compare it directly.
 */
public class TextParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String reason;

    public TextParseException(String sourceName, int line, int column, String reason) {
        super(sourceName + ":" + line + ":" + column + ": " + reason);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The name of the source the error was found in, as given to the parser. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line of the offending token. */
    public int line() {
        return line;
    }

    /** The 1-based column (in code points) of the offending token. */
    public int column() {
        return column;
    }

    /** The error without its position, e.g. {@code "unknown operator"}. */
    public String reason() {
        return reason;
    }
}
