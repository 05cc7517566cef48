package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ValueTypes;

/**
 * For each instruction with a memarg: what kind of access it is, its natural alignment (log2 bytes)
 * and the value type it loads or stores.
 */
final class MemoryAccesses {
    static final int LOAD = 1;
    static final int STORE = 2;
    static final int LOAD_LANE = 3;
    static final int STORE_LANE = 4;
    static final int ATOMIC_LOAD = 5;
    static final int ATOMIC_STORE = 6;
    static final int ATOMIC_RMW = 7;
    static final int ATOMIC_CMPXCHG = 8;
    static final int ATOMIC_NOTIFY = 9;
    static final int ATOMIC_WAIT = 10;

    private static final int SIMD = 256;
    private static final int ATOMIC = 512;
    private static final int[] KIND = new int[ATOMIC + 0x50];
    private static final int[] ALIGN = new int[KIND.length];
    private static final int[] TYPE = new int[KIND.length];

    static {
        int i32 = ValueTypes.I32;
        int i64 = ValueTypes.I64;
        int v128 = ValueTypes.V128;
        define(0x28, LOAD, 2, i32);
        define(0x29, LOAD, 3, i64);
        define(0x2A, LOAD, 2, ValueTypes.F32);
        define(0x2B, LOAD, 3, ValueTypes.F64);
        define(0x2C, LOAD, 0, i32);
        define(0x2D, LOAD, 0, i32);
        define(0x2E, LOAD, 1, i32);
        define(0x2F, LOAD, 1, i32);
        define(0x30, LOAD, 0, i64);
        define(0x31, LOAD, 0, i64);
        define(0x32, LOAD, 1, i64);
        define(0x33, LOAD, 1, i64);
        define(0x34, LOAD, 2, i64);
        define(0x35, LOAD, 2, i64);
        define(0x36, STORE, 2, i32);
        define(0x37, STORE, 3, i64);
        define(0x38, STORE, 2, ValueTypes.F32);
        define(0x39, STORE, 3, ValueTypes.F64);
        define(0x3A, STORE, 0, i32);
        define(0x3B, STORE, 1, i32);
        define(0x3C, STORE, 0, i64);
        define(0x3D, STORE, 1, i64);
        define(0x3E, STORE, 2, i64);

        define(SIMD, LOAD, 4, v128);
        for (int op = 1; op <= 6; op++) {
            define(SIMD + op, LOAD, 3, v128);
        }
        for (int op = 7; op <= 10; op++) {
            define(SIMD + op, LOAD, op - 7, v128);
        }
        define(SIMD + 11, STORE, 4, v128);
        for (int k = 0; k < 4; k++) {
            define(SIMD + 84 + k, LOAD_LANE, k, v128);
            define(SIMD + 88 + k, STORE_LANE, k, v128);
        }
        define(SIMD + 92, LOAD, 2, v128);
        define(SIMD + 93, LOAD, 3, v128);

        define(ATOMIC, ATOMIC_NOTIFY, 2, i32);
        define(ATOMIC + 1, ATOMIC_WAIT, 2, i32);
        define(ATOMIC + 2, ATOMIC_WAIT, 3, i64);
        int[] shapeAlign = {2, 3, 0, 1, 0, 1, 2};
        int[] shapeType = {i32, i64, i32, i32, i64, i64, i64};
        for (int s = 0; s < 7; s++) {
            define(ATOMIC + 0x10 + s, ATOMIC_LOAD, shapeAlign[s], shapeType[s]);
            define(ATOMIC + 0x17 + s, ATOMIC_STORE, shapeAlign[s], shapeType[s]);
            for (int op = 0; op < 6; op++) {
                define(ATOMIC + 0x1E + op * 7 + s, ATOMIC_RMW, shapeAlign[s], shapeType[s]);
            }
            define(ATOMIC + 0x48 + s, ATOMIC_CMPXCHG, shapeAlign[s], shapeType[s]);
        }
    }

    private MemoryAccesses() {
    }

    private static void define(int slot, int kind, int align, int type) {
        KIND[slot] = kind;
        ALIGN[slot] = align;
        TYPE[slot] = type;
    }

    private static int slot(int opcode) {
        int prefix = opcode >>> 16;
        int sub = opcode & 0xFFFF;
        if (prefix == 0) {
            return sub < SIMD ? sub : -1;
        }
        if (prefix == Opcodes.PREFIX_SIMD && sub < SIMD) {
            return SIMD + sub;
        }
        if (prefix == Opcodes.PREFIX_ATOMIC && sub < 0x50) {
            return ATOMIC + sub;
        }
        return -1;
    }

    /** The access kind, or 0 when the opcode has no memarg. */
    static int kind(int opcode) {
        int s = slot(opcode);
        return s < 0 ? 0 : KIND[s];
    }

    static int naturalAlignment(int opcode) {
        return ALIGN[slot(opcode)];
    }

    static int valueType(int opcode) {
        return TYPE[slot(opcode)];
    }
}
