package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;

/** UTF-8 checks for the places where the text format requires well-formed Unicode. */
final class Utf8 {
    private Utf8() {}

    /**
     * Length of the well-formed UTF-8 sequence starting at {@code pos}, or -1 if malformed
     * (overlong forms, surrogates and code points above U+10FFFF are malformed).
     */
    static int sequenceLength(byte[] b, int pos, int end) {
        int b0 = b[pos] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int len;
        int min;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            min = 0x80;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            min = 0x800;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            min = 0x10000;
            cp = b0 & 0x07;
        } else {
            return -1;
        }
        if (pos + len > end) {
            return -1;
        }
        for (int i = 1; i < len; i++) {
            int c = b[pos + i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return len;
    }

    static boolean isValid(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int n = sequenceLength(b, i, b.length);
            if (n < 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    static String decode(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Appends the UTF-8 encoding of a code point (already checked to be a scalar value). */
    static void encode(int cp, ByteWriter out) {
        if (cp < 0x80) {
            out.u8(cp);
        } else if (cp < 0x800) {
            out.u8(0xC0 | (cp >> 6));
            out.u8(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.u8(0xE0 | (cp >> 12));
            out.u8(0x80 | ((cp >> 6) & 0x3F));
            out.u8(0x80 | (cp & 0x3F));
        } else {
            out.u8(0xF0 | (cp >> 18));
            out.u8(0x80 | ((cp >> 12) & 0x3F));
            out.u8(0x80 | ((cp >> 6) & 0x3F));
            out.u8(0x80 | (cp & 0x3F));
        }
    }
}
