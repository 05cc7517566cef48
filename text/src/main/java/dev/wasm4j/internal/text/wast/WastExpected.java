package dev.wasm4j.internal.text.wast;

import java.util.List;

/** One expected result of {@code assert_return}. */
public sealed interface WastExpected {

    /** Exactly this value: integers by value, floats by bits, references by kind and number. */
    record Exact(WastValue value) implements WastExpected {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** {@code (f32.const nan:canonical)} or {@code (f32.const nan:arithmetic)}. */
    record F32Nan(NanKind kind) implements WastExpected {
        public boolean matches(int bits) {
            return kind.matchesF32(bits);
        }

        @Override
        public String toString() {
            return "f32:" + kind;
        }
    }

    /** {@code (f64.const nan:canonical)} or {@code (f64.const nan:arithmetic)}. */
    record F64Nan(NanKind kind) implements WastExpected {
        public boolean matches(long bits) {
            return kind.matchesF64(bits);
        }

        @Override
        public String toString() {
            return "f64:" + kind;
        }
    }

    /**
     * A {@code v128.const} result: per lane of the given shape ({@code i8x16} ... {@code f64x2})
     * either exact bits or, for float shapes, a NaN pattern.
     */
    record V128(String shape, List<Lane> lanes) implements WastExpected {
        public V128 {
            lanes = List.copyOf(lanes);
        }

        /** Lane width in bytes. */
        public int laneBytes() {
            return 16 / lanes.size();
        }

        /** True if the 16 bytes (little-endian) match every lane. */
        public boolean matches(byte[] v128) {
            int width = laneBytes();
            for (int lane = 0; lane < lanes.size(); lane++) {
                long bits = 0;
                for (int i = width - 1; i >= 0; i--) {
                    bits = (bits << 8) | (v128[lane * width + i] & 0xFF);
                }
                if (!lanes.get(lane).matches(bits, width)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("v128:").append(shape);
            lanes.forEach(l -> sb.append(' ').append(l));
            return sb.toString();
        }
    }

    /** One lane pattern of a {@link V128} expectation. */
    sealed interface Lane {
        /** Whether a lane of {@code width} bytes holding {@code bits} matches. */
        boolean matches(long bits, int width);

        /** Exact lane bits (for integer lanes, the value masked to the lane width). */
        record Bits(long bits) implements Lane {
            @Override
            public boolean matches(long actual, int width) {
                long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
                return (actual & mask) == (bits & mask);
            }

            @Override
            public String toString() {
                return "0x" + Long.toHexString(bits);
            }
        }

        /** A NaN pattern for an f32 or f64 lane. */
        record Nan(NanKind kind) implements Lane {
            @Override
            public boolean matches(long actual, int width) {
                return width == 4 ? kind.matchesF32((int) actual) : kind.matchesF64(actual);
            }

            @Override
            public String toString() {
                return kind.toString();
            }
        }
    }

    /** A reference pattern without payload: {@code (ref.null)}, {@code (ref.func)}, {@code (ref.any)}, ... */
    record RefOfKind(RefKind kind) implements WastExpected {
        @Override
        public String toString() {
            return "(" + kind.syntax() + ")";
        }
    }

    /** {@code (ref.func N)}: a reference to the function with index N of the module. */
    record FuncRef(long index) implements WastExpected {
        @Override
        public String toString() {
            return "(ref.func " + index + ")";
        }
    }

    /** {@code (either r1 r2 ...)}: any one of the alternatives. */
    record Either(List<WastExpected> alternatives) implements WastExpected {
        public Either {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(either");
            alternatives.forEach(a -> sb.append(' ').append(a));
            return sb.append(')').toString();
        }
    }
}
