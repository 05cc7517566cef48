package dev.wasm4j.internal.text;

/**
 * One token: its class, its byte range in the source, and its 1-based position.
 *
 * @param error the lexical error message, only for {@link TokenKind#ERROR}
 */
public record Token(TokenKind kind, int start, int end, int line, int column, String error) {

    public boolean isNumber() {
        return kind == TokenKind.NAT || kind == TokenKind.INT || kind == TokenKind.FLOAT;
    }
}
