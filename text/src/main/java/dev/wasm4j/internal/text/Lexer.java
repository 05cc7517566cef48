package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits UTF-8 source into tokens in one linear pass.
 *
 * <p>Comments and annotations are whitespace to the grammar; the annotations in
 * {@link #KEPT_ANNOTATIONS} are kept aside with their position so the module encoder can place
 * them. A lexical error does not throw here: it ends the stream with an {@link TokenKind#ERROR}
 * token, so errors are reported in source order when the parser reaches them.
 */
public final class Lexer {
    static final Set<String> KEPT_ANNOTATIONS = Set.of("custom");

    private final byte[] src;
    private final int end;
    private int pos;
    private int line;
    /** Byte offset where the current line starts, minus the UTF-8 continuation bytes seen on it. */
    private int lineBase;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    // The annotation being read, if any.
    private List<Token> annotationBody;
    private String annotationName;
    private Token annotationOpen;
    private int annotationDepth;

    private Lexer(byte[] src, int start, int end, int line, int column) {
        this.src = src;
        this.pos = start;
        this.end = end;
        this.line = line;
        this.lineBase = start - (column - 1);
    }

    static TokenList lex(String source, String sourceName) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return lex(bytes, 0, bytes.length, 1, 1, sourceName);
    }

    /** Lexes {@code src[start, end)}, whose first byte sits at the given line and column. */
    public static TokenList lex(byte[] src, int start, int end, int line, int column, String sourceName) {
        Lexer lexer = new Lexer(src, start, end, line, column);
        lexer.run();
        return new TokenList(src, lexer.tokens, lexer.annotations, sourceName);
    }

    private int column() {
        return pos - lineBase + 1;
    }

    private void newline(int width) {
        pos += width;
        line++;
        lineBase = pos;
    }

    private void run() {
        while (pos < end) {
            int b = src[pos] & 0xFF;
            switch (b) {
                case ' ', '\t' -> pos++;
                case '\n' -> newline(1);
                case '\r' -> newline(pos + 1 < end && src[pos + 1] == '\n' ? 2 : 1);
                case '(' -> {
                    if (peekIs(1, ';')) {
                        if (!blockComment()) {
                            return;
                        }
                    } else if (peekIs(1, '@')) {
                        if (!annotationStart()) {
                            return;
                        }
                    } else {
                        emit(TokenKind.LPAREN, pos, pos + 1, line, column());
                        pos++;
                        if (annotationBody != null) {
                            annotationDepth++;
                        }
                    }
                }
                case ')' -> {
                    Token t = new Token(TokenKind.RPAREN, pos, pos + 1, line, column(), null);
                    pos++;
                    if (annotationBody != null && --annotationDepth == 0) {
                        closeAnnotation();
                    } else {
                        emit(t);
                    }
                }
                default -> {
                    if (b == ';' && peekIs(1, ';')) {
                        if (!lineComment()) {
                            return;
                        }
                    } else if (isRunChar(b)) {
                        if (!run(b)) {
                            return;
                        }
                    } else {
                        badCharacter();
                        return;
                    }
                }
            }
        }
        if (annotationBody != null) {
            annotationBody = null;
            fail(annotationOpen.line(), annotationOpen.column(), "unclosed annotation");
            return;
        }
        tokens.add(new Token(TokenKind.EOF, end, end, line, column(), null));
    }

    private boolean peekIs(int offset, char c) {
        return pos + offset < end && src[pos + offset] == c;
    }

    private void emit(TokenKind kind, int start, int stop, int tokLine, int tokColumn) {
        emit(new Token(kind, start, stop, tokLine, tokColumn, null));
    }

    private void emit(Token t) {
        if (annotationBody != null) {
            annotationBody.add(t);
        } else {
            tokens.add(t);
        }
    }

    /** Ends the stream with an error token; returns false so callers can stop. */
    private boolean fail(int errLine, int errColumn, String message) {
        annotationBody = null;
        tokens.add(new Token(TokenKind.ERROR, pos, pos, errLine, errColumn, message));
        tokens.add(new Token(TokenKind.EOF, end, end, errLine, errColumn, null));
        return false;
    }

    private void badCharacter() {
        int b = src[pos] & 0xFF;
        if (b >= 0x80 && Utf8.sequenceLength(src, pos, end) < 0) {
            fail(line, column(), "malformed UTF-8 encoding");
        } else {
            fail(line, column(), "illegal character");
        }
    }

    /** Skips non-ASCII text inside a comment or string; false if it is malformed UTF-8. */
    private boolean skipUtf8() {
        int n = Utf8.sequenceLength(src, pos, end);
        if (n < 0) {
            fail(line, column(), "malformed UTF-8 encoding");
            return false;
        }
        pos += n;
        lineBase += n - 1; // a code point is one column
        return true;
    }

    private boolean lineComment() {
        while (pos < end) {
            int b = src[pos] & 0xFF;
            if (b == '\n' || b == '\r') {
                return true;
            }
            if (b >= 0x80) {
                if (!skipUtf8()) {
                    return false;
                }
            } else {
                pos++;
            }
        }
        return true;
    }

    private boolean blockComment() {
        int startLine = line;
        int startColumn = column();
        pos += 2;
        int depth = 1;
        while (pos < end) {
            int b = src[pos] & 0xFF;
            if (b == '(' && peekIs(1, ';')) {
                depth++;
                pos += 2;
            } else if (b == ';' && peekIs(1, ')')) {
                pos += 2;
                if (--depth == 0) {
                    return true;
                }
            } else if (b == '\n') {
                newline(1);
            } else if (b == '\r') {
                newline(peekIs(1, '\n') ? 2 : 1);
            } else if (b >= 0x80) {
                if (!skipUtf8()) {
                    return false;
                }
            } else {
                pos++;
            }
        }
        return fail(startLine, startColumn, "unclosed comment");
    }

    private boolean annotationStart() {
        int startLine = line;
        int startColumn = column();
        Token open = new Token(TokenKind.LPAREN, pos, pos + 2, startLine, startColumn, null);
        if (annotationBody != null) {
            // Nested annotations are plain content of the enclosing one.
            emit(open);
            annotationDepth++;
            pos += 1; // the '@' starts a reserved run
            return true;
        }
        pos += 2;
        String name;
        if (pos < end && src[pos] == '"') {
            int stringStart = pos;
            String err = scanString();
            if (err != null) {
                return fail(startLine, startColumn, "empty annotation id");
            }
            byte[] value = TokenList.decodeString(src, stringStart, pos);
            if (value.length == 0) {
                return fail(startLine, startColumn, "empty annotation id");
            }
            if (!Utf8.isValid(value)) {
                return fail(startLine, startColumn, "malformed UTF-8 encoding");
            }
            name = Utf8.decode(value);
        } else {
            int nameStart = pos;
            while (pos < end && isIdChar(src[pos] & 0xFF)) {
                pos++;
            }
            if (pos == nameStart) {
                return fail(startLine, startColumn, "empty annotation id");
            }
            name = new String(src, nameStart, pos - nameStart, StandardCharsets.US_ASCII);
        }
        annotationBody = new ArrayList<>();
        annotationName = name;
        annotationOpen = open;
        annotationDepth = 1;
        return true;
    }

    private void closeAnnotation() {
        List<Token> body = annotationBody;
        annotationBody = null;
        if (KEPT_ANNOTATIONS.contains(annotationName)) {
            annotations.add(new Annotation(annotationName, annotationOpen, List.copyOf(body), tokens.size()));
        }
    }

    /**
     * Reads a maximal run of identifier characters, strings and the other reserved characters,
     * and classifies it (keyword, id, number, string or reserved).
     */
    private boolean run(int first) {
        int start = pos;
        int tokLine = line;
        int tokColumn = column();
        int strings = 0;
        boolean onlyIdChars = true;
        while (pos < end) {
            int b = src[pos] & 0xFF;
            if (b == '"') {
                String err = scanString();
                if (err != null) {
                    if (pos - start > 0 && src[start] == '$' && strings == 0 && isQuotedIdStart(start)) {
                        // "$" followed by an unreadable string: the id is what is missing.
                        return fail(tokLine, tokColumn, annotationBody != null ? err : "empty identifier");
                    }
                    return fail(line, column(), err);
                }
                strings++;
            } else if (b == ';') {
                if (peekIs(1, ';')) {
                    break;
                }
                onlyIdChars = false;
                pos++;
            } else if (isIdChar(b)) {
                pos++;
            } else if (b == ',' || b == '[' || b == ']' || b == '{' || b == '}') {
                onlyIdChars = false;
                pos++;
            } else {
                break;
            }
        }
        TokenKind kind;
        if (strings == 1 && first == '"' && onlyIdChars && stringEndsAt(start, pos)) {
            kind = TokenKind.STRING;
        } else if (first == '$') {
            kind = classifyId(start, strings, onlyIdChars, tokLine, tokColumn);
            if (kind == null) {
                return false;
            }
        } else if (strings > 0 || !onlyIdChars) {
            kind = TokenKind.RESERVED;
        } else if (first >= 'a' && first <= 'z') {
            kind = NumberSyntax.isKeywordFloat(src, start, pos) ? TokenKind.FLOAT : TokenKind.KEYWORD;
        } else if ((first >= '0' && first <= '9') || first == '+' || first == '-') {
            kind = NumberSyntax.classify(src, start, pos);
        } else {
            kind = TokenKind.RESERVED;
        }
        emit(kind, start, pos, tokLine, tokColumn);
        return true;
    }

    private boolean isQuotedIdStart(int start) {
        return start + 1 < end && src[start + 1] == '"';
    }

    /** True if the only string of the run spans exactly [start, stop). */
    private boolean stringEndsAt(int start, int stop) {
        return src[start] == '"' && src[stop - 1] == '"' && stop - start >= 2;
    }

    private TokenKind classifyId(int start, int strings, boolean onlyIdChars, int tokLine, int tokColumn) {
        int len = pos - start;
        if (strings == 0 && onlyIdChars) {
            if (len > 1) {
                return TokenKind.ID;
            }
            if (annotationBody != null) {
                return TokenKind.RESERVED;
            }
            fail(tokLine, tokColumn, "empty identifier");
            return null;
        }
        if (strings == 1 && onlyIdChars && src[start + 1] == '"' && src[pos - 1] == '"') {
            if (annotationBody != null) {
                return TokenKind.ID;
            }
            byte[] value = TokenList.decodeString(src, start + 1, pos);
            if (value.length == 0) {
                fail(tokLine, tokColumn, "empty identifier");
                return null;
            }
            if (!Utf8.isValid(value)) {
                fail(tokLine, tokColumn, "malformed UTF-8 encoding");
                return null;
            }
            return TokenKind.ID;
        }
        return TokenKind.RESERVED;
    }

    /**
     * Skips a string literal starting at {@code pos}; returns an error message or null.
     * Escapes are checked here and decoded later by {@link TokenList#decodeString}.
     */
    private String scanString() {
        pos++;
        while (true) {
            if (pos >= end) {
                return "unclosed string";
            }
            int b = src[pos] & 0xFF;
            if (b == '"') {
                pos++;
                return null;
            }
            if (b == '\n' || b == '\r') {
                return "unclosed string";
            }
            if (b < 0x20 || b == 0x7F) {
                return "illegal control character";
            }
            if (b == '\\') {
                String err = scanEscape();
                if (err != null) {
                    return err;
                }
            } else if (b >= 0x80) {
                int n = Utf8.sequenceLength(src, pos, end);
                if (n < 0) {
                    return "malformed UTF-8 encoding";
                }
                pos += n;
                lineBase += n - 1;
            } else {
                pos++;
            }
        }
    }

    private String scanEscape() {
        pos++;
        if (pos >= end) {
            return "unclosed string";
        }
        int c = src[pos] & 0xFF;
        switch (c) {
            case 'n', 't', 'r', '"', '\'', '\\' -> {
                pos++;
                return null;
            }
            case 'u' -> {
                if (!peekIs(1, '{')) {
                    return "illegal escape";
                }
                pos += 2;
                long cp = 0;
                int digits = 0;
                while (pos < end && hexValue(src[pos] & 0xFF) >= 0) {
                    cp = Math.min(cp * 16 + hexValue(src[pos] & 0xFF), 0x7FFFFFFFL);
                    digits++;
                    pos++;
                }
                if (digits == 0 || pos >= end || src[pos] != '}') {
                    return "illegal escape";
                }
                pos++;
                if (cp >= 0xD800 && cp < 0xE000 || cp > 0x10FFFF) {
                    return "malformed UTF-8 encoding";
                }
                return null;
            }
            default -> {
                if (hexValue(c) >= 0 && pos + 1 < end && hexValue(src[pos + 1] & 0xFF) >= 0) {
                    pos += 2;
                    return null;
                }
                return "illegal escape";
            }
        }
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Identifier characters of the text format: printable ASCII except space " , ; ( ) [ ] { }. */
    static boolean isIdChar(int c) {
        if (c <= 0x20 || c >= 0x7F) {
            return false;
        }
        return switch (c) {
            case '"', ',', ';', '(', ')', '[', ']', '{', '}' -> false;
            default -> true;
        };
    }

    private static boolean isRunChar(int c) {
        return isIdChar(c) || c == '"' || c == ',' || c == ';' || c == '[' || c == ']' || c == '{' || c == '}';
    }
}
