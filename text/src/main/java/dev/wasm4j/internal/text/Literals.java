package dev.wasm4j.internal.text;

/** Reads numeric constants ({@code i32.const} etc. and {@code v128.const}) from tokens. */
public final class Literals {
    private Literals() {}

    public static int i32(Token t, TokenList tokens) {
        return (int) integer(t, tokens, 32);
    }

    public static long i64(Token t, TokenList tokens) {
        return integer(t, tokens, 64);
    }

    private static long integer(Token t, TokenList tokens, int bits) {
        if (t.kind() != TokenKind.NAT && t.kind() != TokenKind.INT) {
            throw TokenCursor.unexpected(t, tokens);
        }
        try {
            return IntLiterals.integer(tokens.text(t), bits);
        } catch (ArithmeticException e) {
            throw tokens.error(t, "constant out of range");
        }
    }

    public static int f32(Token t, TokenList tokens) {
        if (!t.isNumber()) {
            throw TokenCursor.unexpected(t, tokens);
        }
        try {
            return FloatLiterals.f32(tokens.text(t));
        } catch (ArithmeticException e) {
            throw tokens.error(t, "constant out of range");
        }
    }

    public static long f64(Token t, TokenList tokens) {
        if (!t.isNumber()) {
            throw TokenCursor.unexpected(t, tokens);
        }
        try {
            return FloatLiterals.f64(tokens.text(t));
        } catch (ArithmeticException e) {
            throw tokens.error(t, "constant out of range");
        }
    }

    /** Lane count of a {@code v128.const} shape, or 0 if the keyword is no shape. */
    public static int laneCount(String shape) {
        return switch (shape) {
            case "i8x16" -> 16;
            case "i16x8" -> 8;
            case "i32x4", "f32x4" -> 4;
            case "i64x2", "f64x2" -> 2;
            default -> 0;
        };
    }

    /** Reads one lane of the given shape and returns its bits (little-endian lane value). */
    public static long lane(String shape, Token t, TokenList tokens) {
        return switch (shape) {
            case "i8x16" -> integer(t, tokens, 8);
            case "i16x8" -> integer(t, tokens, 16);
            case "i32x4" -> integer(t, tokens, 32) & 0xFFFFFFFFL;
            case "i64x2" -> integer(t, tokens, 64);
            case "f32x4" -> f32(t, tokens) & 0xFFFFFFFFL;
            case "f64x2" -> f64(t, tokens);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    /** Stores a lane value into a 16-byte vector, little-endian. */
    public static void putLane(byte[] v128, String shape, int lane, long bits) {
        int width = 16 / laneCount(shape);
        for (int i = 0; i < width; i++) {
            v128[lane * width + i] = (byte) (bits >>> (8 * i));
        }
    }

    /**
     * Counts the lane literals at the cursor (numbers, and NaN patterns if allowed). A token that
     * cannot start anything valid here is reported at once, as an unknown operator.
     */
    public static int countLanes(TokenCursor c, boolean nanPatterns) {
        int n = 0;
        while (true) {
            Token t = c.peek(n);
            if (t.isNumber()) {
                n++;
                continue;
            }
            if (t.kind() == TokenKind.KEYWORD) {
                String text = c.tokens.text(t);
                if (nanPatterns && (text.equals("nan:canonical") || text.equals("nan:arithmetic"))) {
                    n++;
                    continue;
                }
                if (!TokenCursor.isKnownKeyword(text)) {
                    throw TokenCursor.unexpected(t, c.tokens);
                }
            }
            if (t.kind() == TokenKind.RESERVED || t.kind() == TokenKind.ERROR) {
                throw TokenCursor.unexpected(t, c.tokens);
            }
            return n;
        }
    }

    /** Reads {@code <shape> <lane>*} of a {@code v128.const} (the shape keyword is next). */
    public static byte[] v128(TokenCursor c) {
        Token shapeToken = c.peek();
        if (shapeToken.kind() != TokenKind.KEYWORD || laneCount(c.tokens.text(shapeToken)) == 0) {
            throw c.unexpected();
        }
        c.next();
        String shape = c.tokens.text(shapeToken);
        int n = laneCount(shape);
        int given = countLanes(c, false);
        if (given != n) {
            throw c.error(c.peek(Math.min(given, n)), "wrong number of lane literals");
        }
        byte[] v = new byte[16];
        for (int i = 0; i < n; i++) {
            putLane(v, shape, i, lane(shape, c.next(), c.tokens));
        }
        return v;
    }
}
