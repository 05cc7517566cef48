package dev.wasm4j.internal.text;

/** Recognises the shapes of number literals (with {@code _} separators between digits only). */
final class NumberSyntax {
    private NumberSyntax() {}

    /** Classifies a run starting with a digit or sign as NAT, INT, FLOAT, or RESERVED if malformed. */
    static TokenKind classify(byte[] s, int start, int end) {
        int i = start;
        boolean signed = s[i] == '+' || s[i] == '-';
        if (signed) {
            i++;
        }
        if (i == end) {
            return TokenKind.RESERVED;
        }
        if (s[i] >= 'a' && s[i] <= 'z') {
            return signed && isKeywordFloat(s, i, end) ? TokenKind.FLOAT : TokenKind.RESERVED;
        }
        boolean hex = i + 1 < end && s[i] == '0' && s[i + 1] == 'x';
        if (hex) {
            i += 2;
        }
        int j = digits(s, i, end, hex);
        if (j < 0) {
            return TokenKind.RESERVED;
        }
        if (j == end) {
            return signed ? TokenKind.INT : TokenKind.NAT;
        }
        if (s[j] == '.') {
            j++;
            if (j < end && digitValue(s[j], hex) >= 0) {
                j = digits(s, j, end, hex);
                if (j < 0) {
                    return TokenKind.RESERVED;
                }
            }
        }
        if (j < end && (hex ? (s[j] == 'p' || s[j] == 'P') : (s[j] == 'e' || s[j] == 'E'))) {
            j++;
            if (j < end && (s[j] == '+' || s[j] == '-')) {
                j++;
            }
            j = digits(s, j, end, false);
            if (j < 0) {
                return TokenKind.RESERVED;
            }
        }
        return j == end ? TokenKind.FLOAT : TokenKind.RESERVED;
    }

    /** {@code inf}, {@code nan} or {@code nan:0x<hexnum>} (without sign). */
    static boolean isKeywordFloat(byte[] s, int start, int end) {
        int len = end - start;
        if (len == 3) {
            return (s[start] == 'i' && s[start + 1] == 'n' && s[start + 2] == 'f')
                    || (s[start] == 'n' && s[start + 1] == 'a' && s[start + 2] == 'n');
        }
        if (len > 6 && s[start] == 'n' && s[start + 1] == 'a' && s[start + 2] == 'n' && s[start + 3] == ':'
                && s[start + 4] == '0' && s[start + 5] == 'x') {
            return digits(s, start + 6, end, true) == end;
        }
        return false;
    }

    /** Index after a digit sequence starting at i (digits, single '_' between digits), or -1. */
    static int digits(byte[] s, int i, int end, boolean hex) {
        if (i >= end || digitValue(s[i], hex) < 0) {
            return -1;
        }
        i++;
        while (i < end) {
            if (digitValue(s[i], hex) >= 0) {
                i++;
            } else if (s[i] == '_') {
                if (i + 1 < end && digitValue(s[i + 1], hex) >= 0) {
                    i += 2;
                } else {
                    return -1;
                }
            } else {
                break;
            }
        }
        return i;
    }

    static int digitValue(byte c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return hex ? Lexer.hexValue(c) : -1;
    }
}
