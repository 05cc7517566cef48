package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static TokenList lex(String s) {
        return Lexer.lex(s, "test");
    }

    private static List<TokenKind> kinds(String s) {
        TokenList t = lex(s);
        List<TokenKind> kinds = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            kinds.add(t.get(i).kind());
        }
        return kinds;
    }

    private static String error(String s) {
        TokenList t = lex(s);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).kind() == TokenKind.ERROR) {
                return t.get(i).error();
            }
        }
        return null;
    }

    @Test
    void classifiesTokens() {
        assertEquals(List.of(TokenKind.LPAREN, TokenKind.KEYWORD, TokenKind.ID, TokenKind.STRING, TokenKind.NAT,
                TokenKind.INT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.RPAREN, TokenKind.EOF),
                kinds("(i32.const $x \"s\" 0x1_0 -7 1.5e3 -inf nan:0x1)"));
    }

    @Test
    void malformedNumbersAndGluedTokensAreReserved() {
        for (String s : List.of("0x", "1_", "1__0", "_1", "0x1.0_p1", "1e", "0$x", "$x\"a\"", "\"a\"\"b\"",
                "+_1", "1.0_e1")) {
            assertEquals(TokenKind.RESERVED, lex(s).get(0).kind(), s);
        }
    }

    @Test
    void commentsAreWhitespaceAndBlockCommentsNest() {
        assertEquals(List.of(TokenKind.KEYWORD, TokenKind.KEYWORD, TokenKind.EOF),
                kinds("a (; x (; nested ;) still comment ;) b ;; line comment"));
        assertEquals(List.of(TokenKind.KEYWORD, TokenKind.KEYWORD, TokenKind.EOF), kinds("nop;;x\rnop"));
    }

    @Test
    void annotationsAreSkippedWithTheirNestedContent() {
        assertEquals(List.of(TokenKind.LPAREN, TokenKind.KEYWORD, TokenKind.RPAREN, TokenKind.EOF),
                kinds("((@a x (y \"z\" (@b))) module)"));
        TokenList t = lex("(@custom \"n\" \"d\") (func)");
        assertEquals(1, t.annotations().size());
        assertEquals(0, t.annotations().get(0).followingToken());
    }

    @Test
    void stringEscapesDecodeToBytes() {
        TokenList t = lex("\"a\\n\\t\\\\\\\"\\'\\41\\ff\\u{1F600}\"");
        byte[] expected = {'a', '\n', '\t', '\\', '"', '\'', 0x41, (byte) 0xFF,
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};
        assertArrayEquals(expected, t.stringBytes(t.get(0)));
    }

    @Test
    void quotedAndPlainIdsDenoteTheSameName() {
        TokenList t = lex("$abc $\"abc\" $\"\\u{41}\"");
        assertEquals("abc", t.idName(t.get(0)));
        assertEquals("abc", t.idName(t.get(1)));
        assertEquals("A", t.idName(t.get(2)));
    }

    @Test
    void lexicalErrorsBecomeErrorTokens() {
        assertEquals("unclosed string", error("\"abc"));
        assertEquals("unclosed comment", error("(; abc"));
        assertEquals("unclosed annotation", error("(@a (b)"));
        assertEquals("empty annotation id", error("(@ a)"));
        assertEquals("empty identifier", error("(func $)"));
        assertEquals("empty identifier", error("$\"\""));
        assertEquals("illegal character", error("a \u0001"));
        assertEquals("illegal character", error("\u00e4"));
        assertEquals("illegal escape", error("\"\\q\""));
        byte[] badUtf8 = {'"', (byte) 0xC0, (byte) 0x80, '"'};
        TokenList t = Lexer.lex(badUtf8, 0, badUtf8.length, 1, 1, "bytes");
        assertEquals("malformed UTF-8 encoding", t.get(0).error());
    }

    @Test
    void positionsAreLinesAndCodePointColumns() {
        TokenList t = lex("a\n  \"\u00e4\u00e4\" b\r\nc");
        assertEquals(2, t.get(1).line());
        assertEquals(3, t.get(1).column());
        assertEquals(2, t.get(2).line());
        assertEquals(8, t.get(2).column());
        assertEquals(3, t.get(3).line());
        assertEquals(1, t.get(3).column());
    }

    @Test
    void errorsReportSourceNameLineAndColumn() {
        TextParseException e = org.junit.jupiter.api.Assertions.assertThrows(TextParseException.class,
                () -> Wat.toBinary("(module\n  (func (i32.const0)))", "m.wat"));
        assertEquals("m.wat:2:10: unknown operator i32.const0", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        assertTrue(e.reason().startsWith("unknown operator"));
    }

    @Test
    void lexingIsLinearInTheInputSize() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 4_000_000) {
            sb.append("(i32.add (i32.const 0x7fff_ffff) (f64.const -0x1.8p3)) ;; c\n(; b (; n ;) ;)\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        TokenList t = Lexer.lex(bytes, 0, bytes.length, 1, 1, "big");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(t.size() > 400_000);
        // A guard against quadratic lexing (which would take minutes), not a benchmark: generous bound.
        assertTrue(millis < 10_000, "lexing 4 MB took " + millis + " ms");
    }
}
