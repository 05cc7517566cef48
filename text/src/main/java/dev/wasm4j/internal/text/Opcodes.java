package dev.wasm4j.internal.text;

import java.util.HashMap;
import java.util.Map;

/** The instruction names of WebAssembly 3.0 (plus the proposals the suite tests) and their encodings. */
final class Opcodes {
    private Opcodes() {}

    /** How an instruction's immediates are written in text and encoded in binary. */
    enum Imm {
        NONE,
        BLOCK,
        IF,
        TRY_TABLE,
        TRY,
        LABEL,
        BR_TABLE,
        FUNC,
        CALL_INDIRECT,
        TYPE,
        TYPE_TYPE,
        TYPE_FIELD,
        TYPE_COUNT,
        TYPE_DATA,
        TYPE_ELEM,
        LOCAL,
        GLOBAL,
        TABLE,
        TABLE_TABLE,
        TABLE_INIT,
        ELEM,
        DATA,
        MEMARG,
        MEMORY,
        MEMORY_MEMORY,
        MEMORY_INIT,
        I32,
        I64,
        F32,
        F64,
        V128,
        SELECT,
        HEAP_TYPE,
        /** ref.test / ref.cast: opcode chosen by the nullability of the reference type. */
        REF_TYPE,
        BR_ON_CAST,
        LANE,
        MEMARG_LANE,
        SHUFFLE,
        TAG,
        /** atomic.fence: a zero byte follows. */
        FENCE
    }

    /**
     * One instruction.
     *
     * @param prefix 0 for single-byte opcodes, else 0xFB/0xFC/0xFD/0xFE
     * @param code the opcode (after the prefix, LEB128 encoded when prefixed)
     * @param nullableCode for REF_TYPE: the opcode used with a nullable target type
     * @param alignment natural alignment exponent for memory instructions
     */
    record Op(String name, int prefix, int code, Imm imm, int alignment, int nullableCode) {
        void encode(ByteWriter out) {
            if (prefix == 0) {
                out.u8(code);
            } else {
                out.u8(prefix);
                out.u32(code);
            }
        }
    }

    private static final Map<String, Op> OPS = new HashMap<>(1024);

    static Op get(String name) {
        return OPS.get(name);
    }

    private static void op(String name, int code, Imm imm) {
        OPS.put(name, new Op(name, 0, code, imm, 0, 0));
    }

    private static void op(String name, int code) {
        op(name, code, Imm.NONE);
    }

    private static void mem(String name, int code, int alignment) {
        OPS.put(name, new Op(name, 0, code, Imm.MEMARG, alignment, 0));
    }

    private static void pre(int prefix, String name, int code, Imm imm) {
        OPS.put(name, new Op(name, prefix, code, imm, 0, 0));
    }

    private static void pre(int prefix, String name, int code) {
        pre(prefix, name, code, Imm.NONE);
    }

    private static void preMem(int prefix, String name, int code, Imm imm, int alignment) {
        OPS.put(name, new Op(name, prefix, code, imm, alignment, 0));
    }

    private static final int GC = 0xFB;
    private static final int MISC = 0xFC;
    private static final int SIMD = 0xFD;
    private static final int ATOMIC = 0xFE;

    static {
        control();
        variablesAndTables();
        memory();
        numeric();
        references();
        gc();
        simd();
        atomics();
    }

    private static void control() {
        op("unreachable", 0x00);
        op("nop", 0x01);
        op("block", 0x02, Imm.BLOCK);
        op("loop", 0x03, Imm.BLOCK);
        op("if", 0x04, Imm.IF);
        op("try", 0x06, Imm.TRY);
        op("throw", 0x08, Imm.TAG);
        op("rethrow", 0x09, Imm.LABEL);
        op("throw_ref", 0x0A);
        op("br", 0x0C, Imm.LABEL);
        op("br_if", 0x0D, Imm.LABEL);
        op("br_table", 0x0E, Imm.BR_TABLE);
        op("return", 0x0F);
        op("call", 0x10, Imm.FUNC);
        op("call_indirect", 0x11, Imm.CALL_INDIRECT);
        op("return_call", 0x12, Imm.FUNC);
        op("return_call_indirect", 0x13, Imm.CALL_INDIRECT);
        op("call_ref", 0x14, Imm.TYPE);
        op("return_call_ref", 0x15, Imm.TYPE);
        op("drop", 0x1A);
        op("select", 0x1B, Imm.SELECT);
        op("try_table", 0x1F, Imm.TRY_TABLE);
    }

    private static void variablesAndTables() {
        op("local.get", 0x20, Imm.LOCAL);
        op("local.set", 0x21, Imm.LOCAL);
        op("local.tee", 0x22, Imm.LOCAL);
        op("global.get", 0x23, Imm.GLOBAL);
        op("global.set", 0x24, Imm.GLOBAL);
        op("table.get", 0x25, Imm.TABLE);
        op("table.set", 0x26, Imm.TABLE);
        pre(MISC, "table.init", 12, Imm.TABLE_INIT);
        pre(MISC, "elem.drop", 13, Imm.ELEM);
        pre(MISC, "table.copy", 14, Imm.TABLE_TABLE);
        pre(MISC, "table.grow", 15, Imm.TABLE);
        pre(MISC, "table.size", 16, Imm.TABLE);
        pre(MISC, "table.fill", 17, Imm.TABLE);
    }

    private static void memory() {
        mem("i32.load", 0x28, 2);
        mem("i64.load", 0x29, 3);
        mem("f32.load", 0x2A, 2);
        mem("f64.load", 0x2B, 3);
        mem("i32.load8_s", 0x2C, 0);
        mem("i32.load8_u", 0x2D, 0);
        mem("i32.load16_s", 0x2E, 1);
        mem("i32.load16_u", 0x2F, 1);
        mem("i64.load8_s", 0x30, 0);
        mem("i64.load8_u", 0x31, 0);
        mem("i64.load16_s", 0x32, 1);
        mem("i64.load16_u", 0x33, 1);
        mem("i64.load32_s", 0x34, 2);
        mem("i64.load32_u", 0x35, 2);
        mem("i32.store", 0x36, 2);
        mem("i64.store", 0x37, 3);
        mem("f32.store", 0x38, 2);
        mem("f64.store", 0x39, 3);
        mem("i32.store8", 0x3A, 0);
        mem("i32.store16", 0x3B, 1);
        mem("i64.store8", 0x3C, 0);
        mem("i64.store16", 0x3D, 1);
        mem("i64.store32", 0x3E, 2);
        op("memory.size", 0x3F, Imm.MEMORY);
        op("memory.grow", 0x40, Imm.MEMORY);
        pre(MISC, "memory.init", 8, Imm.MEMORY_INIT);
        pre(MISC, "data.drop", 9, Imm.DATA);
        pre(MISC, "memory.copy", 10, Imm.MEMORY_MEMORY);
        pre(MISC, "memory.fill", 11, Imm.MEMORY);
    }

    private static void numeric() {
        op("i32.const", 0x41, Imm.I32);
        op("i64.const", 0x42, Imm.I64);
        op("f32.const", 0x43, Imm.F32);
        op("f64.const", 0x44, Imm.F64);
        String[] names = {
            "i32.eqz", "i32.eq", "i32.ne", "i32.lt_s", "i32.lt_u", "i32.gt_s", "i32.gt_u", "i32.le_s",
            "i32.le_u", "i32.ge_s", "i32.ge_u",
            "i64.eqz", "i64.eq", "i64.ne", "i64.lt_s", "i64.lt_u", "i64.gt_s", "i64.gt_u", "i64.le_s",
            "i64.le_u", "i64.ge_s", "i64.ge_u",
            "f32.eq", "f32.ne", "f32.lt", "f32.gt", "f32.le", "f32.ge",
            "f64.eq", "f64.ne", "f64.lt", "f64.gt", "f64.le", "f64.ge",
            "i32.clz", "i32.ctz", "i32.popcnt", "i32.add", "i32.sub", "i32.mul", "i32.div_s", "i32.div_u",
            "i32.rem_s", "i32.rem_u", "i32.and", "i32.or", "i32.xor", "i32.shl", "i32.shr_s", "i32.shr_u",
            "i32.rotl", "i32.rotr",
            "i64.clz", "i64.ctz", "i64.popcnt", "i64.add", "i64.sub", "i64.mul", "i64.div_s", "i64.div_u",
            "i64.rem_s", "i64.rem_u", "i64.and", "i64.or", "i64.xor", "i64.shl", "i64.shr_s", "i64.shr_u",
            "i64.rotl", "i64.rotr",
            "f32.abs", "f32.neg", "f32.ceil", "f32.floor", "f32.trunc", "f32.nearest", "f32.sqrt", "f32.add",
            "f32.sub", "f32.mul", "f32.div", "f32.min", "f32.max", "f32.copysign",
            "f64.abs", "f64.neg", "f64.ceil", "f64.floor", "f64.trunc", "f64.nearest", "f64.sqrt", "f64.add",
            "f64.sub", "f64.mul", "f64.div", "f64.min", "f64.max", "f64.copysign",
            "i32.wrap_i64", "i32.trunc_f32_s", "i32.trunc_f32_u", "i32.trunc_f64_s", "i32.trunc_f64_u",
            "i64.extend_i32_s", "i64.extend_i32_u", "i64.trunc_f32_s", "i64.trunc_f32_u", "i64.trunc_f64_s",
            "i64.trunc_f64_u",
            "f32.convert_i32_s", "f32.convert_i32_u", "f32.convert_i64_s", "f32.convert_i64_u",
            "f32.demote_f64",
            "f64.convert_i32_s", "f64.convert_i32_u", "f64.convert_i64_s", "f64.convert_i64_u",
            "f64.promote_f32",
            "i32.reinterpret_f32", "i64.reinterpret_f64", "f32.reinterpret_i32", "f64.reinterpret_i64",
            "i32.extend8_s", "i32.extend16_s", "i64.extend8_s", "i64.extend16_s", "i64.extend32_s"
        };
        for (int i = 0; i < names.length; i++) {
            op(names[i], 0x45 + i);
        }
        String[] saturating = {
            "i32.trunc_sat_f32_s", "i32.trunc_sat_f32_u", "i32.trunc_sat_f64_s", "i32.trunc_sat_f64_u",
            "i64.trunc_sat_f32_s", "i64.trunc_sat_f32_u", "i64.trunc_sat_f64_s", "i64.trunc_sat_f64_u"
        };
        for (int i = 0; i < saturating.length; i++) {
            pre(MISC, saturating[i], i);
        }
        pre(MISC, "i64.add128", 19);
        pre(MISC, "i64.sub128", 20);
        pre(MISC, "i64.mul_wide_s", 21);
        pre(MISC, "i64.mul_wide_u", 22);
    }

    private static void references() {
        op("ref.null", 0xD0, Imm.HEAP_TYPE);
        op("ref.is_null", 0xD1);
        op("ref.func", 0xD2, Imm.FUNC);
        op("ref.eq", 0xD3);
        op("ref.as_non_null", 0xD4);
        op("br_on_null", 0xD5, Imm.LABEL);
        op("br_on_non_null", 0xD6, Imm.LABEL);
    }

    private static void gc() {
        pre(GC, "struct.new", 0, Imm.TYPE);
        pre(GC, "struct.new_default", 1, Imm.TYPE);
        pre(GC, "struct.get", 2, Imm.TYPE_FIELD);
        pre(GC, "struct.get_s", 3, Imm.TYPE_FIELD);
        pre(GC, "struct.get_u", 4, Imm.TYPE_FIELD);
        pre(GC, "struct.set", 5, Imm.TYPE_FIELD);
        pre(GC, "array.new", 6, Imm.TYPE);
        pre(GC, "array.new_default", 7, Imm.TYPE);
        pre(GC, "array.new_fixed", 8, Imm.TYPE_COUNT);
        pre(GC, "array.new_data", 9, Imm.TYPE_DATA);
        pre(GC, "array.new_elem", 10, Imm.TYPE_ELEM);
        pre(GC, "array.get", 11, Imm.TYPE);
        pre(GC, "array.get_s", 12, Imm.TYPE);
        pre(GC, "array.get_u", 13, Imm.TYPE);
        pre(GC, "array.set", 14, Imm.TYPE);
        pre(GC, "array.len", 15);
        pre(GC, "array.fill", 16, Imm.TYPE);
        pre(GC, "array.copy", 17, Imm.TYPE_TYPE);
        pre(GC, "array.init_data", 18, Imm.TYPE_DATA);
        pre(GC, "array.init_elem", 19, Imm.TYPE_ELEM);
        OPS.put("ref.test", new Op("ref.test", GC, 20, Imm.REF_TYPE, 0, 21));
        OPS.put("ref.cast", new Op("ref.cast", GC, 22, Imm.REF_TYPE, 0, 23));
        pre(GC, "br_on_cast", 24, Imm.BR_ON_CAST);
        pre(GC, "br_on_cast_fail", 25, Imm.BR_ON_CAST);
        pre(GC, "any.convert_extern", 26);
        pre(GC, "extern.convert_any", 27);
        pre(GC, "ref.i31", 28);
        pre(GC, "i31.get_s", 29);
        pre(GC, "i31.get_u", 30);
        // Custom descriptors proposal.
        pre(GC, "struct.new_desc", 32, Imm.TYPE);
        pre(GC, "struct.new_default_desc", 33, Imm.TYPE);
        pre(GC, "ref.get_desc", 34, Imm.TYPE);
        OPS.put("ref.cast_desc_eq", new Op("ref.cast_desc_eq", GC, 35, Imm.REF_TYPE, 0, 36));
        pre(GC, "br_on_cast_desc_eq", 37, Imm.BR_ON_CAST);
        pre(GC, "br_on_cast_desc_eq_fail", 38, Imm.BR_ON_CAST);
    }

    private static void simd() {
        String[] loads = {
            "v128.load", "v128.load8x8_s", "v128.load8x8_u", "v128.load16x4_s", "v128.load16x4_u",
            "v128.load32x2_s", "v128.load32x2_u", "v128.load8_splat", "v128.load16_splat",
            "v128.load32_splat", "v128.load64_splat", "v128.store"
        };
        int[] loadAlign = {4, 3, 3, 3, 3, 3, 3, 0, 1, 2, 3, 4};
        for (int i = 0; i < loads.length; i++) {
            preMem(SIMD, loads[i], i, Imm.MEMARG, loadAlign[i]);
        }
        pre(SIMD, "v128.const", 12, Imm.V128);
        pre(SIMD, "i8x16.shuffle", 13, Imm.SHUFFLE);
        String[] lanes = {
            "i8x16.extract_lane_s", "i8x16.extract_lane_u", "i8x16.replace_lane", "i16x8.extract_lane_s",
            "i16x8.extract_lane_u", "i16x8.replace_lane", "i32x4.extract_lane", "i32x4.replace_lane",
            "i64x2.extract_lane", "i64x2.replace_lane", "f32x4.extract_lane", "f32x4.replace_lane",
            "f64x2.extract_lane", "f64x2.replace_lane"
        };
        for (int i = 0; i < lanes.length; i++) {
            pre(SIMD, lanes[i], 21 + i, Imm.LANE);
        }
        String[] laneMem = {
            "v128.load8_lane", "v128.load16_lane", "v128.load32_lane", "v128.load64_lane",
            "v128.store8_lane", "v128.store16_lane", "v128.store32_lane", "v128.store64_lane"
        };
        for (int i = 0; i < laneMem.length; i++) {
            preMem(SIMD, laneMem[i], 84 + i, Imm.MEMARG_LANE, i % 4);
        }
        preMem(SIMD, "v128.load32_zero", 92, Imm.MEMARG, 2);
        preMem(SIMD, "v128.load64_zero", 93, Imm.MEMARG, 3);
        Object[] plain = {
            14, "i8x16.swizzle", 15, "i8x16.splat", 16, "i16x8.splat", 17, "i32x4.splat", 18, "i64x2.splat",
            19, "f32x4.splat", 20, "f64x2.splat",
            35, "i8x16.eq", 36, "i8x16.ne", 37, "i8x16.lt_s", 38, "i8x16.lt_u", 39, "i8x16.gt_s",
            40, "i8x16.gt_u", 41, "i8x16.le_s", 42, "i8x16.le_u", 43, "i8x16.ge_s", 44, "i8x16.ge_u",
            45, "i16x8.eq", 46, "i16x8.ne", 47, "i16x8.lt_s", 48, "i16x8.lt_u", 49, "i16x8.gt_s",
            50, "i16x8.gt_u", 51, "i16x8.le_s", 52, "i16x8.le_u", 53, "i16x8.ge_s", 54, "i16x8.ge_u",
            55, "i32x4.eq", 56, "i32x4.ne", 57, "i32x4.lt_s", 58, "i32x4.lt_u", 59, "i32x4.gt_s",
            60, "i32x4.gt_u", 61, "i32x4.le_s", 62, "i32x4.le_u", 63, "i32x4.ge_s", 64, "i32x4.ge_u",
            65, "f32x4.eq", 66, "f32x4.ne", 67, "f32x4.lt", 68, "f32x4.gt", 69, "f32x4.le", 70, "f32x4.ge",
            71, "f64x2.eq", 72, "f64x2.ne", 73, "f64x2.lt", 74, "f64x2.gt", 75, "f64x2.le", 76, "f64x2.ge",
            77, "v128.not", 78, "v128.and", 79, "v128.andnot", 80, "v128.or", 81, "v128.xor",
            82, "v128.bitselect", 83, "v128.any_true",
            94, "f32x4.demote_f64x2_zero", 95, "f64x2.promote_low_f32x4",
            96, "i8x16.abs", 97, "i8x16.neg", 98, "i8x16.popcnt", 99, "i8x16.all_true", 100, "i8x16.bitmask",
            101, "i8x16.narrow_i16x8_s", 102, "i8x16.narrow_i16x8_u",
            103, "f32x4.ceil", 104, "f32x4.floor", 105, "f32x4.trunc", 106, "f32x4.nearest",
            107, "i8x16.shl", 108, "i8x16.shr_s", 109, "i8x16.shr_u", 110, "i8x16.add",
            111, "i8x16.add_sat_s", 112, "i8x16.add_sat_u", 113, "i8x16.sub", 114, "i8x16.sub_sat_s",
            115, "i8x16.sub_sat_u", 116, "f64x2.ceil", 117, "f64x2.floor", 118, "i8x16.min_s",
            119, "i8x16.min_u", 120, "i8x16.max_s", 121, "i8x16.max_u", 122, "f64x2.trunc",
            123, "i8x16.avgr_u",
            124, "i16x8.extadd_pairwise_i8x16_s", 125, "i16x8.extadd_pairwise_i8x16_u",
            126, "i32x4.extadd_pairwise_i16x8_s", 127, "i32x4.extadd_pairwise_i16x8_u",
            128, "i16x8.abs", 129, "i16x8.neg", 130, "i16x8.q15mulr_sat_s", 131, "i16x8.all_true",
            132, "i16x8.bitmask", 133, "i16x8.narrow_i32x4_s", 134, "i16x8.narrow_i32x4_u",
            135, "i16x8.extend_low_i8x16_s", 136, "i16x8.extend_high_i8x16_s",
            137, "i16x8.extend_low_i8x16_u", 138, "i16x8.extend_high_i8x16_u",
            139, "i16x8.shl", 140, "i16x8.shr_s", 141, "i16x8.shr_u", 142, "i16x8.add",
            143, "i16x8.add_sat_s", 144, "i16x8.add_sat_u", 145, "i16x8.sub", 146, "i16x8.sub_sat_s",
            147, "i16x8.sub_sat_u", 148, "f64x2.nearest", 149, "i16x8.mul", 150, "i16x8.min_s",
            151, "i16x8.min_u", 152, "i16x8.max_s", 153, "i16x8.max_u", 155, "i16x8.avgr_u",
            156, "i16x8.extmul_low_i8x16_s", 157, "i16x8.extmul_high_i8x16_s",
            158, "i16x8.extmul_low_i8x16_u", 159, "i16x8.extmul_high_i8x16_u",
            160, "i32x4.abs", 161, "i32x4.neg", 163, "i32x4.all_true", 164, "i32x4.bitmask",
            167, "i32x4.extend_low_i16x8_s", 168, "i32x4.extend_high_i16x8_s",
            169, "i32x4.extend_low_i16x8_u", 170, "i32x4.extend_high_i16x8_u",
            171, "i32x4.shl", 172, "i32x4.shr_s", 173, "i32x4.shr_u", 174, "i32x4.add", 177, "i32x4.sub",
            181, "i32x4.mul", 182, "i32x4.min_s", 183, "i32x4.min_u", 184, "i32x4.max_s", 185, "i32x4.max_u",
            186, "i32x4.dot_i16x8_s",
            188, "i32x4.extmul_low_i16x8_s", 189, "i32x4.extmul_high_i16x8_s",
            190, "i32x4.extmul_low_i16x8_u", 191, "i32x4.extmul_high_i16x8_u",
            192, "i64x2.abs", 193, "i64x2.neg", 195, "i64x2.all_true", 196, "i64x2.bitmask",
            199, "i64x2.extend_low_i32x4_s", 200, "i64x2.extend_high_i32x4_s",
            201, "i64x2.extend_low_i32x4_u", 202, "i64x2.extend_high_i32x4_u",
            203, "i64x2.shl", 204, "i64x2.shr_s", 205, "i64x2.shr_u", 206, "i64x2.add", 209, "i64x2.sub",
            213, "i64x2.mul", 214, "i64x2.eq", 215, "i64x2.ne", 216, "i64x2.lt_s", 217, "i64x2.gt_s",
            218, "i64x2.le_s", 219, "i64x2.ge_s",
            220, "i64x2.extmul_low_i32x4_s", 221, "i64x2.extmul_high_i32x4_s",
            222, "i64x2.extmul_low_i32x4_u", 223, "i64x2.extmul_high_i32x4_u",
            224, "f32x4.abs", 225, "f32x4.neg", 227, "f32x4.sqrt", 228, "f32x4.add", 229, "f32x4.sub",
            230, "f32x4.mul", 231, "f32x4.div", 232, "f32x4.min", 233, "f32x4.max", 234, "f32x4.pmin",
            235, "f32x4.pmax",
            236, "f64x2.abs", 237, "f64x2.neg", 239, "f64x2.sqrt", 240, "f64x2.add", 241, "f64x2.sub",
            242, "f64x2.mul", 243, "f64x2.div", 244, "f64x2.min", 245, "f64x2.max", 246, "f64x2.pmin",
            247, "f64x2.pmax",
            248, "i32x4.trunc_sat_f32x4_s", 249, "i32x4.trunc_sat_f32x4_u",
            250, "f32x4.convert_i32x4_s", 251, "f32x4.convert_i32x4_u",
            252, "i32x4.trunc_sat_f64x2_s_zero", 253, "i32x4.trunc_sat_f64x2_u_zero",
            254, "f64x2.convert_low_i32x4_s", 255, "f64x2.convert_low_i32x4_u",
            // Relaxed SIMD.
            256, "i8x16.relaxed_swizzle",
            257, "i32x4.relaxed_trunc_f32x4_s", 258, "i32x4.relaxed_trunc_f32x4_u",
            259, "i32x4.relaxed_trunc_f64x2_s_zero", 260, "i32x4.relaxed_trunc_f64x2_u_zero",
            261, "f32x4.relaxed_madd", 262, "f32x4.relaxed_nmadd",
            263, "f64x2.relaxed_madd", 264, "f64x2.relaxed_nmadd",
            265, "i8x16.relaxed_laneselect", 266, "i16x8.relaxed_laneselect",
            267, "i32x4.relaxed_laneselect", 268, "i64x2.relaxed_laneselect",
            269, "f32x4.relaxed_min", 270, "f32x4.relaxed_max", 271, "f64x2.relaxed_min",
            272, "f64x2.relaxed_max", 273, "i16x8.relaxed_q15mulr_s",
            274, "i16x8.relaxed_dot_i8x16_i7x16_s", 275, "i32x4.relaxed_dot_i8x16_i7x16_add_s"
        };
        for (int i = 0; i < plain.length; i += 2) {
            pre(SIMD, (String) plain[i + 1], (Integer) plain[i]);
        }
    }

    private static void atomics() {
        preMem(ATOMIC, "memory.atomic.notify", 0x00, Imm.MEMARG, 2);
        preMem(ATOMIC, "memory.atomic.wait32", 0x01, Imm.MEMARG, 2);
        preMem(ATOMIC, "memory.atomic.wait64", 0x02, Imm.MEMARG, 3);
        pre(ATOMIC, "atomic.fence", 0x03, Imm.FENCE);
        String[] loads = {
            "i32.atomic.load", "i64.atomic.load", "i32.atomic.load8_u", "i32.atomic.load16_u",
            "i64.atomic.load8_u", "i64.atomic.load16_u", "i64.atomic.load32_u",
            "i32.atomic.store", "i64.atomic.store", "i32.atomic.store8", "i32.atomic.store16",
            "i64.atomic.store8", "i64.atomic.store16", "i64.atomic.store32"
        };
        int[] align = {2, 3, 0, 1, 0, 1, 2};
        for (int i = 0; i < loads.length; i++) {
            preMem(ATOMIC, loads[i], 0x10 + i, Imm.MEMARG, align[i % 7]);
        }
        String[] rmw = {"add", "sub", "and", "or", "xor", "xchg", "cmpxchg"};
        String[] shapes = {
            "i32.atomic.rmw.%s", "i64.atomic.rmw.%s", "i32.atomic.rmw8.%s_u", "i32.atomic.rmw16.%s_u",
            "i64.atomic.rmw8.%s_u", "i64.atomic.rmw16.%s_u", "i64.atomic.rmw32.%s_u"
        };
        for (int r = 0; r < rmw.length; r++) {
            for (int s = 0; s < shapes.length; s++) {
                preMem(ATOMIC, String.format(shapes[s], rmw[r]), 0x1E + 7 * r + s, Imm.MEMARG, align[s]);
            }
        }
    }
}
