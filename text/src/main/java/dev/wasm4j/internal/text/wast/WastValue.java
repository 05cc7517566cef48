package dev.wasm4j.internal.text.wast;

import java.util.Arrays;

/** An argument value of an action (also the exact form of an expected result). */
public sealed interface WastValue {

    record I32(int value) implements WastValue {
        @Override
        public String toString() {
            return "i32:" + value + (value < 0 ? " (" + Integer.toUnsignedString(value) + ")" : "");
        }
    }

    record I64(long value) implements WastValue {
        @Override
        public String toString() {
            return "i64:" + value + (value < 0 ? " (" + Long.toUnsignedString(value) + ")" : "");
        }
    }

    /** An f32 as raw bits, so NaN payloads are kept exactly. */
    record F32(int bits) implements WastValue {
        public float value() {
            return Float.intBitsToFloat(bits);
        }

        @Override
        public String toString() {
            return "f32:" + Float.intBitsToFloat(bits) + " (0x" + Integer.toHexString(bits) + ")";
        }
    }

    /** An f64 as raw bits, so NaN payloads are kept exactly. */
    record F64(long bits) implements WastValue {
        public double value() {
            return Double.longBitsToDouble(bits);
        }

        @Override
        public String toString() {
            return "f64:" + Double.longBitsToDouble(bits) + " (0x" + Long.toHexString(bits) + ")";
        }
    }

    /** A v128 as its 16 bytes, little-endian lane order as in memory. */
    record V128(byte[] bytes) implements WastValue {
        public V128 {
            if (bytes.length != 16) {
                throw new IllegalArgumentException("v128 needs 16 bytes");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof V128 v && Arrays.equals(bytes, v.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("v128:i32x4");
            for (int lane = 0; lane < 4; lane++) {
                int v = 0;
                for (int i = 3; i >= 0; i--) {
                    v = (v << 8) | (bytes[lane * 4 + i] & 0xFF);
                }
                sb.append(" 0x").append(String.format("%08x", v));
            }
            return sb.toString();
        }
    }

    /** A null reference; {@code heapType} is the heap type as written, e.g. {@code func} or {@code extern}. */
    record RefNull(String heapType) implements WastValue {
        @Override
        public String toString() {
            return "ref.null " + heapType;
        }
    }

    /** {@code (ref.extern N)}: the host reference numbered N, as an external reference. */
    record RefExtern(long id) implements WastValue {
        @Override
        public String toString() {
            return "ref.extern " + id;
        }
    }

    /** {@code (ref.host N)}: the host reference numbered N, as an internal (any) reference. */
    record RefHost(long id) implements WastValue {
        @Override
        public String toString() {
            return "ref.host " + id;
        }
    }
}
