package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lexer's output: the tokens (ending with EOF), the kept annotations, and the source bytes. */
public final class TokenList {
    private final byte[] src;
    private final List<Token> tokens;
    private final List<Annotation> annotations;
    private final String sourceName;

    TokenList(byte[] src, List<Token> tokens, List<Annotation> annotations, String sourceName) {
        this.src = src;
        this.tokens = tokens;
        this.annotations = annotations;
        this.sourceName = sourceName;
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    List<Annotation> annotations() {
        return annotations;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The token's characters; tokens other than strings are ASCII. */
    public String text(Token t) {
        return new String(src, t.start(), t.end() - t.start(), StandardCharsets.UTF_8);
    }

    boolean textEquals(Token t, String s) {
        int len = t.end() - t.start();
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (src[t.start() + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes a string token denotes, escapes decoded. */
    public byte[] stringBytes(Token t) {
        return decodeString(src, t.start(), t.end());
    }

    /** The name an id token denotes (without {@code $}; quoted ids decoded). */
    public String idName(Token t) {
        if (src[t.start() + 1] == '"') {
            return Utf8.decode(decodeString(src, t.start() + 1, t.end()));
        }
        return new String(src, t.start() + 1, t.end() - t.start() - 1, StandardCharsets.US_ASCII);
    }

    public TextParseException error(Token t, String reason) {
        return new TextParseException(sourceName, t.line(), t.column(), reason);
    }

    /** Decodes the string literal in {@code src[start, end)} (quotes included), already validated. */
    static byte[] decodeString(byte[] src, int start, int end) {
        ByteWriter out = new ByteWriter(end - start);
        int i = start + 1;
        int stop = end - 1;
        while (i < stop) {
            int b = src[i] & 0xFF;
            if (b != '\\') {
                out.u8(b);
                i++;
                continue;
            }
            int c = src[i + 1] & 0xFF;
            i += 2;
            switch (c) {
                case 'n' -> out.u8('\n');
                case 't' -> out.u8('\t');
                case 'r' -> out.u8('\r');
                case '"' -> out.u8('"');
                case '\'' -> out.u8('\'');
                case '\\' -> out.u8('\\');
                case 'u' -> {
                    int cp = 0;
                    i++; // '{'
                    while (src[i] != '}') {
                        cp = cp * 16 + Lexer.hexValue(src[i] & 0xFF);
                        i++;
                    }
                    i++;
                    Utf8.encode(cp, out);
                }
                default -> {
                    out.u8(Lexer.hexValue(c) * 16 + Lexer.hexValue(src[i] & 0xFF));
                    i++;
                }
            }
        }
        return out.toByteArray();
    }
}
