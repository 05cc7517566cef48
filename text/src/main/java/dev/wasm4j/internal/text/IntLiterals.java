package dev.wasm4j.internal.text;

import java.math.BigInteger;

/**
 * Values of integer literals. Range errors are reported as {@link ArithmeticException}; the
 * caller turns them into the spec's wording for its context.
 */
final class IntLiterals {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private IntLiterals() {}

    /** The magnitude of an unsigned literal text (decimal or 0x hex, with '_'), as a BigInteger. */
    static BigInteger magnitude(String text) {
        boolean hex = text.startsWith("0x");
        String digits = (hex ? text.substring(2) : text).replace("_", "");
        int maxFast = hex ? 15 : 18;
        if (digits.length() <= maxFast) {
            return BigInteger.valueOf(Long.parseLong(digits, hex ? 16 : 10));
        }
        return new BigInteger(digits, hex ? 16 : 10);
    }

    /** An unsigned literal that must fit in {@code bits} bits (NAT text). */
    static long unsigned(String text, int bits) {
        BigInteger v = magnitude(text);
        if (v.bitLength() > bits) {
            throw new ArithmeticException("out of range");
        }
        return v.longValue();
    }

    /**
     * A NAT or INT literal for an integer of {@code bits} bits: unsigned values up to 2^bits-1 and
     * negative values down to -2^(bits-1) are accepted; the result is the two's complement bits.
     */
    static long integer(String text, int bits) {
        boolean negative = text.startsWith("-");
        boolean signed = negative || text.startsWith("+");
        BigInteger v = magnitude(signed ? text.substring(1) : text);
        if (negative) {
            if (v.bitLength() > bits - 1 && !v.equals(BigInteger.ONE.shiftLeft(bits - 1))) {
                throw new ArithmeticException("out of range");
            }
            v = v.negate();
        } else if (v.bitLength() > bits) {
            throw new ArithmeticException("out of range");
        }
        long result = v.longValue();
        return bits == 64 ? result : result & ((1L << bits) - 1);
    }

    /** An integer literal's exact value, or null if it lies outside [-2^64, 2^64]. */
    static BigInteger exact(String text) {
        boolean negative = text.startsWith("-");
        boolean signed = negative || text.startsWith("+");
        BigInteger v = magnitude(signed ? text.substring(1) : text);
        if (v.compareTo(TWO_64) > 0) {
            return null;
        }
        return negative ? v.negate() : v;
    }
}
