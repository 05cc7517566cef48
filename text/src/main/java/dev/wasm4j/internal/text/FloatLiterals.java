package dev.wasm4j.internal.text;

import java.math.BigInteger;

/**
 * Converts float literals to IEEE 754 bits with round-to-nearest, ties-to-even, for decimal and
 * hexadecimal forms alike (including rounding into and out of the subnormal range).
 *
 * <p>Every literal is treated as an exact rational and rounded once, so no double rounding can
 * occur. A literal whose rounded value is infinite is out of range ({@link ArithmeticException}).
 */
final class FloatLiterals {
    private FloatLiterals() {}

    private static final float[] POW10_F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    private static final double[] POW10_D = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /** Bit layout of a binary floating-point format. */
    private record Format(int mantissaBits, int exponentBits) {
        int bias() {
            return (1 << (exponentBits - 1)) - 1;
        }

        long exponentMask() {
            return ((1L << exponentBits) - 1) << mantissaBits;
        }

        long signBit() {
            return 1L << (mantissaBits + exponentBits);
        }
    }

    private static final Format F32 = new Format(23, 8);
    private static final Format F64 = new Format(52, 11);

    static int f32(String text) {
        Parsed p = Parsed.of(text);
        if (p != null && p.decimalFastPath() && p.mantissa < (1L << 24) && Math.abs(p.exponent) <= 10) {
            float v = p.mantissa;
            v = p.exponent >= 0 ? v * POW10_F[p.exponent] : v / POW10_F[-p.exponent];
            return Float.floatToRawIntBits(p.negative ? -v : v);
        }
        return (int) bits(text, F32);
    }

    static long f64(String text) {
        Parsed p = Parsed.of(text);
        if (p != null && p.decimalFastPath() && p.mantissa < (1L << 53) && Math.abs(p.exponent) <= 22) {
            double v = p.mantissa;
            v = p.exponent >= 0 ? v * POW10_D[p.exponent] : v / POW10_D[-p.exponent];
            return Double.doubleToRawLongBits(p.negative ? -v : v);
        }
        return bits(text, F64);
    }

    /**
     * A decimal literal with a small exact integer mantissa and power-of-ten exponent: one
     * correctly rounded multiplication or division gives the answer (Clinger's fast path).
     */
    private static final class Parsed {
        boolean negative;
        long mantissa;
        int exponent;
        boolean simple;

        boolean decimalFastPath() {
            return simple;
        }

        static Parsed of(String text) {
            Parsed p = new Parsed();
            int i = 0;
            if (text.charAt(0) == '-' || text.charAt(0) == '+') {
                p.negative = text.charAt(0) == '-';
                i++;
            }
            if (text.startsWith("0x", i) || text.indexOf('n', i) >= 0) {
                return null; // hex, inf, nan
            }
            long m = 0;
            int digits = 0;
            int exp = 0;
            boolean fraction = false;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (m == 0 && c == '0') {
                        if (fraction) {
                            exp--;
                        }
                        continue;
                    }
                    if (++digits > 17) {
                        return null;
                    }
                    m = m * 10 + (c - '0');
                    if (fraction) {
                        exp--;
                    }
                } else if (c == '.') {
                    fraction = true;
                } else if (c == '_') {
                    continue;
                } else if (c == 'e' || c == 'E') {
                    String e = text.substring(i + 1).replace("_", "");
                    if (e.length() > 6) {
                        return null;
                    }
                    exp += Integer.parseInt(e.startsWith("+") ? e.substring(1) : e);
                    break;
                } else {
                    return null;
                }
            }
            if (m == 0) {
                exp = 0;
            }
            p.mantissa = m;
            p.exponent = exp;
            p.simple = true;
            return p;
        }
    }

    private static long bits(String text, Format f) {
        boolean negative = text.startsWith("-");
        String body = negative || text.startsWith("+") ? text.substring(1) : text;
        long sign = negative ? f.signBit() : 0;
        if (body.equals("inf")) {
            return sign | f.exponentMask();
        }
        if (body.equals("nan")) {
            return sign | f.exponentMask() | (1L << (f.mantissaBits() - 1));
        }
        if (body.startsWith("nan:0x")) {
            BigInteger payload = IntLiterals.magnitude(body.substring(4));
            if (payload.signum() == 0 || payload.bitLength() > f.mantissaBits()) {
                throw new ArithmeticException("nan payload out of range");
            }
            return sign | f.exponentMask() | payload.longValue();
        }
        return sign | (body.startsWith("0x") ? hex(body.substring(2), f) : decimal(body, f));
    }

    private static long hex(String body, Format f) {
        String s = body.replace("_", "");
        int p = s.indexOf('p');
        if (p < 0) {
            p = s.indexOf('P');
        }
        String mant = p < 0 ? s : s.substring(0, p);
        long exp = p < 0 ? 0 : parseExponent(s.substring(p + 1));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int fractionDigits = dot < 0 ? 0 : mant.length() - dot - 1;
        BigInteger m = new BigInteger(digits.isEmpty() ? "0" : digits, 16);
        return round(m, exp - 4L * fractionDigits, 2, f);
    }

    private static long decimal(String body, Format f) {
        String s = body.replace("_", "");
        int e = s.indexOf('e');
        if (e < 0) {
            e = s.indexOf('E');
        }
        String mant = e < 0 ? s : s.substring(0, e);
        long exp = e < 0 ? 0 : parseExponent(s.substring(e + 1));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int fractionDigits = dot < 0 ? 0 : mant.length() - dot - 1;
        BigInteger m = new BigInteger(digits.isEmpty() ? "0" : digits);
        return round(m, exp - fractionDigits, 10, f);
    }

    /** Exponents beyond any representable range are clamped; the value then over- or underflows. */
    private static long parseExponent(String s) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        long v = digits.length() > 9 ? 1_000_000_000L : Long.parseLong(digits);
        return s.startsWith("-") ? -v : v;
    }

    /** Rounds m * base^exp (m >= 0, base 2 or 10) to the format; returns the unsigned bits. */
    private static long round(BigInteger m, long exp, int base, Format f) {
        if (m.signum() == 0) {
            return 0;
        }
        // Cheap bounds first, so absurd exponents never build huge numbers.
        double log2 = m.bitLength() + (base == 2 ? exp : exp * 3.3219280948873626);
        if (log2 > f.bias() + 2) {
            throw new ArithmeticException("constant out of range");
        }
        if (log2 < -(f.bias() + f.mantissaBits() + 2)) {
            return 0;
        }
        BigInteger num = m;
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = base == 2 ? num.shiftLeft((int) exp) : num.multiply(BigInteger.TEN.pow((int) exp));
        } else if (exp < 0) {
            den = base == 2 ? den.shiftLeft((int) -exp) : BigInteger.TEN.pow((int) -exp);
        }
        return roundRational(num, den, f);
    }

    /** Rounds num/den (positive) to the nearest representable value, ties to even. */
    private static long roundRational(BigInteger num, BigInteger den, Format f) {
        // e = floor(log2(num/den))
        int e = num.bitLength() - den.bitLength();
        if (compareScaled(num, den, e) < 0) {
            e--;
        }
        int minExponent = 1 - f.bias();
        int scale = Math.max(e, minExponent) - f.mantissaBits(); // value = q * 2^scale
        BigInteger scaledNum = scale < 0 ? num.shiftLeft(-scale) : num;
        BigInteger scaledDen = scale > 0 ? den.shiftLeft(scale) : den;
        BigInteger[] qr = scaledNum.divideAndRemainder(scaledDen);
        long q = qr[0].longValueExact();
        int cmp = qr[1].shiftLeft(1).compareTo(scaledDen);
        if (cmp > 0 || (cmp == 0 && (q & 1) == 1)) {
            q++;
        }
        if (e < minExponent) {
            // Subnormal: q is the bit pattern; a carry into the implicit bit gives the least normal.
            return q;
        }
        if (q == (1L << (f.mantissaBits() + 1))) {
            q >>= 1;
            e++;
        }
        long biased = e + f.bias();
        if (biased >= (1L << f.exponentBits()) - 1) {
            throw new ArithmeticException("constant out of range");
        }
        return (biased << f.mantissaBits()) | (q - (1L << f.mantissaBits()));
    }

    /** Compares num/den with 2^e. */
    private static int compareScaled(BigInteger num, BigInteger den, int e) {
        return e >= 0 ? num.compareTo(den.shiftLeft(e)) : num.shiftLeft(-e).compareTo(den);
    }
}
