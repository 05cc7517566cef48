package dev.wasm4j.internal.text;

import java.util.Set;

/** A position in a token list with the small parsing steps shared by all parsers. */
public final class TokenCursor {
    /** Keywords of the grammar that are not instruction names. */
    private static final Set<String> STRUCTURAL = Set.of(
            "module", "type", "func", "param", "result", "local", "import", "export", "table", "memory",
            "global", "tag", "elem", "data", "start", "offset", "item", "declare", "mut", "ref", "null",
            "sub", "final", "rec", "struct", "array", "field", "then", "else", "end", "catch", "catch_ref",
            "catch_all", "catch_all_ref", "delegate", "do", "i32", "i64", "f32", "f64", "v128", "i8", "i16",
            "shared", "unshared", "pagesize", "exact", "descriptor", "describes", "binary", "quote",
            "definition", "instance", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2", "register",
            "invoke", "get", "either", "nan:canonical", "nan:arithmetic", "before", "after", "first",
            "last", "eq", "i31", "any", "extern", "exn", "none", "noextern", "nofunc", "noexn",
            "funcref", "externref", "anyref", "eqref", "i31ref", "structref", "arrayref", "exnref",
            "nullref", "nullexternref", "nullfuncref", "nullexnref");

    final TokenList tokens;
    int pos;

    public TokenCursor(TokenList tokens, int pos) {
        this.tokens = tokens;
        this.pos = pos;
    }

    /** Index of the current token in the token list. */
    public int position() {
        return pos;
    }

    public Token peek() {
        return tokens.get(pos);
    }

    public Token peek(int ahead) {
        int i = Math.min(pos + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    public TokenKind peekKind() {
        return peek().kind();
    }

    public Token next() {
        Token t = tokens.get(pos);
        if (t.kind() == TokenKind.ERROR) {
            throw tokens.error(t, t.error());
        }
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        return t;
    }

    public boolean atRParen() {
        return peekKind() == TokenKind.RPAREN;
    }

    public boolean atLParen() {
        return peekKind() == TokenKind.LPAREN;
    }

    public boolean atKeyword(String kw) {
        Token t = peek();
        return t.kind() == TokenKind.KEYWORD && tokens.textEquals(t, kw);
    }

    /** True at {@code (kw}. */
    public boolean atSExpr(String kw) {
        if (peekKind() != TokenKind.LPAREN) {
            return false;
        }
        Token t = peek(1);
        return t.kind() == TokenKind.KEYWORD && tokens.textEquals(t, kw);
    }

    /** The keyword after a '(' at the cursor, or null. */
    public String sexprKeyword() {
        if (peekKind() != TokenKind.LPAREN || peek(1).kind() != TokenKind.KEYWORD) {
            return null;
        }
        return tokens.text(peek(1));
    }

    boolean atIndex() {
        TokenKind k = peekKind();
        return k == TokenKind.ID || k == TokenKind.NAT;
    }

    public void expectLParen() {
        Token t = peek();
        if (t.kind() != TokenKind.LPAREN) {
            throw unexpected(t, tokens);
        }
        pos++;
    }

    public void expectRParen() {
        Token t = peek();
        if (t.kind() != TokenKind.RPAREN) {
            throw unexpected(t, tokens);
        }
        pos++;
    }

    public Token expectKeyword(String kw) {
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD || !tokens.textEquals(t, kw)) {
            throw unexpected(t, tokens);
        }
        pos++;
        return t;
    }

    /** Consumes {@code (kw}. */
    public void expectSExpr(String kw) {
        expectLParen();
        expectKeyword(kw);
    }

    public String keyword() {
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD) {
            throw unexpected(t, tokens);
        }
        pos++;
        return tokens.text(t);
    }

    /** An optional binding id. */
    public String optId() {
        if (peekKind() == TokenKind.ID) {
            return tokens.idName(next());
        }
        return null;
    }

    public byte[] string() {
        Token t = peek();
        if (t.kind() != TokenKind.STRING) {
            throw unexpected(t, tokens);
        }
        pos++;
        return tokens.stringBytes(t);
    }

    /** A string that must be valid UTF-8 (import, export and custom section names). */
    public byte[] name() {
        Token t = peek();
        byte[] b = string();
        if (!Utf8.isValid(b)) {
            throw tokens.error(t, "malformed UTF-8 encoding");
        }
        return b;
    }

    public Token nat() {
        Token t = peek();
        if (t.kind() != TokenKind.NAT) {
            throw unexpected(t, tokens);
        }
        pos++;
        return t;
    }

    int u32() {
        return u32(nat(), tokens);
    }

    /** Skips one balanced s-expression starting at '('. */
    public void skipSExpr() {
        expectLParen();
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            switch (t.kind()) {
                case LPAREN -> depth++;
                case RPAREN -> depth--;
                case EOF -> throw tokens.error(t, "unexpected end");
                default -> {
                }
            }
        }
    }

    public TextParseException error(Token t, String reason) {
        return tokens.error(t, reason);
    }

    public TextParseException unexpected() {
        return unexpected(peek(), tokens);
    }

    /** The error for a token the grammar does not allow here, worded as the reference does. */
    public static TextParseException unexpected(Token t, TokenList tokens) {
        return switch (t.kind()) {
            case ERROR -> tokens.error(t, t.error());
            case RESERVED -> tokens.error(t, "unknown operator " + tokens.text(t));
            case EOF -> tokens.error(t, "unexpected end");
            case KEYWORD -> isKnownKeyword(tokens.text(t))
                    ? tokens.error(t, "unexpected token")
                    : tokens.error(t, "unknown operator " + tokens.text(t));
            default -> tokens.error(t, "unexpected token");
        };
    }

    public static boolean isKnownKeyword(String kw) {
        return STRUCTURAL.contains(kw) || Opcodes.get(kw) != null || kw.startsWith("offset=")
                || kw.startsWith("align=");
    }

    public static int u32(Token t, TokenList tokens) {
        try {
            return (int) IntLiterals.unsigned(tokens.text(t), 32);
        } catch (ArithmeticException e) {
            throw tokens.error(t, "i32 constant out of range");
        }
    }

    public static long u64(Token t, TokenList tokens) {
        try {
            return IntLiterals.unsigned(tokens.text(t), 64);
        } catch (ArithmeticException e) {
            throw tokens.error(t, "i64 constant out of range");
        }
    }
}
