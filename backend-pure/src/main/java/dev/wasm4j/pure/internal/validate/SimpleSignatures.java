package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ValueTypes;

/**
 * The fixed operand and result types of the instructions whose typing depends on nothing but the
 * opcode: numeric, conversion, SIMD arithmetic and the like. Signatures are written as
 * {@code "params:results"} with i=i32, I=i64, f=f32, F=f64, v=v128.
 */
public final class SimpleSignatures {
    private static final int PLAIN = 0;
    private static final int MISC = 256;
    private static final int SIMD = MISC + 32;
    private static final int SIZE = SIMD + 0x114;

    private static final int[][] PARAMS = new int[SIZE][];
    private static final int[][] RESULTS = new int[SIZE][];

    static {
        range(0x45, 0x45, "i:i");
        range(0x46, 0x4F, "ii:i");
        range(0x50, 0x50, "I:i");
        range(0x51, 0x5A, "II:i");
        range(0x5B, 0x60, "ff:i");
        range(0x61, 0x66, "FF:i");
        range(0x67, 0x69, "i:i");
        range(0x6A, 0x78, "ii:i");
        range(0x79, 0x7B, "I:I");
        range(0x7C, 0x8A, "II:I");
        range(0x8B, 0x91, "f:f");
        range(0x92, 0x98, "ff:f");
        range(0x99, 0x9F, "F:F");
        range(0xA0, 0xA6, "FF:F");
        range(0xA7, 0xA7, "I:i");
        range(0xA8, 0xA9, "f:i");
        range(0xAA, 0xAB, "F:i");
        range(0xAC, 0xAD, "i:I");
        range(0xAE, 0xAF, "f:I");
        range(0xB0, 0xB1, "F:I");
        range(0xB2, 0xB3, "i:f");
        range(0xB4, 0xB5, "I:f");
        range(0xB6, 0xB6, "F:f");
        range(0xB7, 0xB8, "i:F");
        range(0xB9, 0xBA, "I:F");
        range(0xBB, 0xBB, "f:F");
        range(0xBC, 0xBC, "f:i");
        range(0xBD, 0xBD, "F:I");
        range(0xBE, 0xBE, "i:f");
        range(0xBF, 0xBF, "I:F");
        range(0xC0, 0xC1, "i:i");
        range(0xC2, 0xC4, "I:I");

        misc(0, 1, "f:i");
        misc(2, 3, "F:i");
        misc(4, 5, "f:I");
        misc(6, 7, "F:I");
        misc(19, 20, "IIII:II");
        misc(21, 22, "II:II");

        simd(12, 12, ":v");
        simd(13, 14, "vv:v");
        simd(15, 17, "i:v");
        simd(18, 18, "I:v");
        simd(19, 19, "f:v");
        simd(20, 20, "F:v");
        simd(21, 22, "v:i");
        simd(23, 23, "vi:v");
        simd(24, 25, "v:i");
        simd(26, 26, "vi:v");
        simd(27, 27, "v:i");
        simd(28, 28, "vi:v");
        simd(29, 29, "v:I");
        simd(30, 30, "vI:v");
        simd(31, 31, "v:f");
        simd(32, 32, "vf:v");
        simd(33, 33, "v:F");
        simd(34, 34, "vF:v");
        simd(35, 76, "vv:v");
        simd(77, 77, "v:v");
        simd(78, 81, "vv:v");
        simd(82, 82, "vvv:v");
        simd(83, 83, "v:i");
        simd(94, 98, "v:v");
        simd(99, 100, "v:i");
        simd(101, 102, "vv:v");
        simd(103, 106, "v:v");
        simd(107, 109, "vi:v");
        simd(110, 115, "vv:v");
        simd(116, 117, "v:v");
        simd(118, 121, "vv:v");
        simd(122, 122, "v:v");
        simd(123, 123, "vv:v");
        simd(124, 129, "v:v");
        simd(130, 130, "vv:v");
        simd(131, 132, "v:i");
        simd(133, 134, "vv:v");
        simd(135, 138, "v:v");
        simd(139, 141, "vi:v");
        simd(142, 147, "vv:v");
        simd(148, 148, "v:v");
        simd(149, 153, "vv:v");
        simd(155, 159, "vv:v");
        simd(160, 161, "v:v");
        simd(163, 164, "v:i");
        simd(167, 170, "v:v");
        simd(171, 173, "vi:v");
        simd(174, 174, "vv:v");
        simd(177, 177, "vv:v");
        simd(181, 186, "vv:v");
        simd(188, 191, "vv:v");
        simd(192, 193, "v:v");
        simd(195, 196, "v:i");
        simd(199, 202, "v:v");
        simd(203, 205, "vi:v");
        simd(206, 206, "vv:v");
        simd(209, 209, "vv:v");
        simd(213, 223, "vv:v");
        simd(224, 225, "v:v");
        simd(227, 227, "v:v");
        simd(228, 235, "vv:v");
        simd(236, 237, "v:v");
        simd(239, 239, "v:v");
        simd(240, 247, "vv:v");
        simd(248, 255, "v:v");
        simd(256, 256, "vv:v");
        simd(257, 260, "v:v");
        simd(261, 268, "vvv:v");
        simd(269, 274, "vv:v");
        simd(275, 275, "vvv:v");
    }

    private SimpleSignatures() {
    }

    private static void range(int from, int to, String sig) {
        define(PLAIN, from, to, sig);
    }

    private static void misc(int from, int to, String sig) {
        define(MISC, from, to, sig);
    }

    private static void simd(int from, int to, String sig) {
        define(SIMD, from, to, sig);
    }

    private static void define(int base, int from, int to, String sig) {
        int colon = sig.indexOf(':');
        int[] params = parse(sig.substring(0, colon));
        int[] results = parse(sig.substring(colon + 1));
        for (int op = from; op <= to; op++) {
            PARAMS[base + op] = params;
            RESULTS[base + op] = results;
        }
    }

    private static int[] parse(String letters) {
        int[] types = new int[letters.length()];
        for (int i = 0; i < types.length; i++) {
            types[i] = switch (letters.charAt(i)) {
                case 'i' -> ValueTypes.I32;
                case 'I' -> ValueTypes.I64;
                case 'f' -> ValueTypes.F32;
                case 'F' -> ValueTypes.F64;
                case 'v' -> ValueTypes.V128;
                default -> throw new IllegalArgumentException(letters);
            };
        }
        return types;
    }

    private static int slot(int opcode) {
        int prefix = opcode >>> 16;
        int sub = opcode & 0xFFFF;
        if (prefix == 0) {
            return sub;
        }
        if (prefix == Opcodes.PREFIX_MISC && sub < 32) {
            return MISC + sub;
        }
        if (prefix == Opcodes.PREFIX_SIMD && sub < 0x114) {
            return SIMD + sub;
        }
        return -1;
    }

    /** The parameter types, or null when the opcode's typing is not fixed. Shared: do not modify. */
    public static int[] params(int opcode) {
        int s = slot(opcode);
        return s < 0 ? null : PARAMS[s];
    }

    public static int[] results(int opcode) {
        return RESULTS[slot(opcode)];
    }

    /** The number of lanes an extract_lane / replace_lane / shuffle immediate indexes, or 0. */
    static int laneCount(int opcode) {
        if (opcode >>> 16 != Opcodes.PREFIX_SIMD) {
            return 0;
        }
        int sub = opcode & 0xFFFF;
        if (sub == 13) {
            return 32;
        }
        if (sub >= 21 && sub <= 23) {
            return 16;
        }
        if (sub >= 24 && sub <= 26) {
            return 8;
        }
        if ((sub >= 27 && sub <= 28) || (sub >= 31 && sub <= 32)) {
            return 4;
        }
        if ((sub >= 29 && sub <= 30) || (sub >= 33 && sub <= 34)) {
            return 2;
        }
        return 0;
    }
}
