package dev.wasm4j;

/** WebAssembly text (WAT) that does not parse: located by line and column instead of byte offset. */
public class TextFormatException extends MalformedModuleException {
    private final int line;
    private final int column;

    public TextFormatException(String message, int line, int column, String reason, Throwable cause) {
        super(message, -1, reason, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
