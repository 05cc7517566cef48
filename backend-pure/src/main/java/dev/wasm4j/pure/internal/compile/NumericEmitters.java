package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.Opcodes;

import java.util.function.Consumer;

import static dev.wasm4j.pure.internal.decode.Opcodes.F32_ABS;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_ADD;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CEIL;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CONST;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CONVERT_I32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CONVERT_I32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CONVERT_I64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_CONVERT_I64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_COPYSIGN;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_DEMOTE_F64;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_DIV;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_EQ;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_FLOOR;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_GE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_GT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_LE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_LT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_MAX;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_MIN;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_MUL;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_NE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_NEAREST;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_NEG;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_REINTERPRET_I32;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_SQRT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_SUB;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_TRUNC;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_ABS;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_ADD;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CEIL;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CONST;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CONVERT_I32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CONVERT_I32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CONVERT_I64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_CONVERT_I64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_COPYSIGN;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_DIV;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_EQ;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_FLOOR;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_GE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_GT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_LE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_LT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_MAX;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_MIN;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_MUL;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_NE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_NEAREST;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_NEG;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_PROMOTE_F32;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_REINTERPRET_I64;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_SQRT;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_SUB;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_TRUNC;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_ADD;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_AND;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_CLZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_CONST;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_CTZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_DIV_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_DIV_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_EQ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_EQZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_EXTEND16_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_EXTEND8_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_GE_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_GE_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_GT_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_GT_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LE_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LE_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LT_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LT_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_MUL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_NE;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_OR;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_POPCNT;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_REINTERPRET_F32;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_REM_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_REM_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_ROTL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_ROTR;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_SHL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_SHR_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_SHR_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_SUB;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_F32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_F32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_F64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_F64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_SAT_F32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_SAT_F32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_SAT_F64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_TRUNC_SAT_F64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_WRAP_I64;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_XOR;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_ADD;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_AND;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_CLZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_CONST;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_CTZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_DIV_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_DIV_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EQ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EQZ;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EXTEND16_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EXTEND32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EXTEND8_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EXTEND_I32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_EXTEND_I32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_GE_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_GE_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_GT_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_GT_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LE_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LE_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LT_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LT_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_MUL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_NE;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_OR;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_POPCNT;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_REINTERPRET_F64;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_REM_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_REM_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_ROTL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_ROTR;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_SHL;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_SHR_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_SHR_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_SUB;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_F32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_F32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_F64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_F64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_SAT_F32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_SAT_F32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_SAT_F64_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_TRUNC_SAT_F64_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_XOR;

/**
 * Numeric instructions, as a table: most are one or two JVM instructions; those whose wasm semantics
 * differ from the JVM's (trapping division and conversions, NaN-preserving float operations, min/max,
 * rounding, unsigned conversions) call {@link dev.wasm4j.pure.internal.runtime.WasmMath}; comparisons
 * materialize an i32 with a conditional jump.
 */
final class NumericEmitters {
    private static final int I = ValueTypes.I32;
    private static final int J = ValueTypes.I64;
    private static final int F = ValueTypes.F32;
    private static final int D = ValueTypes.F64;

    private NumericEmitters() {
    }

    static void register() {
        constants();
        comparisons();
        integerOps();
        floatOps();
        conversions();
    }

    private static void constants() {
        EmitterTable.put(I32_CONST, (c, r) -> {
            c.iconst(r.intValue());
            c.stack().push(I);
        });
        EmitterTable.put(I64_CONST, (c, r) -> {
            c.lconst(r.longValue());
            c.stack().push(J);
        });
        EmitterTable.put(F32_CONST, (c, r) -> {
            c.fconstBits(r.intValue());
            c.stack().push(F);
        });
        EmitterTable.put(F64_CONST, (c, r) -> {
            c.dconstBits(r.longValue());
            c.stack().push(D);
        });
    }

    private static void comparisons() {
        EmitterTable.put(I32_EQZ, compare(1, I, Opcodes.IFEQ));
        EmitterTable.put(I32_EQ, compare(2, I, Opcodes.IF_ICMPEQ));
        EmitterTable.put(I32_NE, compare(2, I, Opcodes.IF_ICMPNE));
        EmitterTable.put(I32_LT_S, compare(2, I, Opcodes.IF_ICMPLT));
        EmitterTable.put(I32_GT_S, compare(2, I, Opcodes.IF_ICMPGT));
        EmitterTable.put(I32_LE_S, compare(2, I, Opcodes.IF_ICMPLE));
        EmitterTable.put(I32_GE_S, compare(2, I, Opcodes.IF_ICMPGE));
        EmitterTable.put(I32_LT_U, compareUnsigned(I, Opcodes.IFLT));
        EmitterTable.put(I32_GT_U, compareUnsigned(I, Opcodes.IFGT));
        EmitterTable.put(I32_LE_U, compareUnsigned(I, Opcodes.IFLE));
        EmitterTable.put(I32_GE_U, compareUnsigned(I, Opcodes.IFGE));
        EmitterTable.put(I64_EQZ, (c, r) -> {
            c.lconst(0);
            c.stack().push(J);
            compare(2, J, Opcodes.IFEQ, Opcodes.LCMP).emit(c, r);
        });
        EmitterTable.put(I64_EQ, compare(2, J, Opcodes.IFEQ, Opcodes.LCMP));
        EmitterTable.put(I64_NE, compare(2, J, Opcodes.IFNE, Opcodes.LCMP));
        EmitterTable.put(I64_LT_S, compare(2, J, Opcodes.IFLT, Opcodes.LCMP));
        EmitterTable.put(I64_GT_S, compare(2, J, Opcodes.IFGT, Opcodes.LCMP));
        EmitterTable.put(I64_LE_S, compare(2, J, Opcodes.IFLE, Opcodes.LCMP));
        EmitterTable.put(I64_GE_S, compare(2, J, Opcodes.IFGE, Opcodes.LCMP));
        EmitterTable.put(I64_LT_U, compareUnsigned(J, Opcodes.IFLT));
        EmitterTable.put(I64_GT_U, compareUnsigned(J, Opcodes.IFGT));
        EmitterTable.put(I64_LE_U, compareUnsigned(J, Opcodes.IFLE));
        EmitterTable.put(I64_GE_U, compareUnsigned(J, Opcodes.IFGE));
        // fcmpl yields -1 for NaN, fcmpg +1: pick the one that makes NaN compare false (true for ne).
        EmitterTable.put(F32_EQ, compare(2, F, Opcodes.IFEQ, Opcodes.FCMPL));
        EmitterTable.put(F32_NE, compare(2, F, Opcodes.IFNE, Opcodes.FCMPL));
        EmitterTable.put(F32_LT, compare(2, F, Opcodes.IFLT, Opcodes.FCMPG));
        EmitterTable.put(F32_GT, compare(2, F, Opcodes.IFGT, Opcodes.FCMPL));
        EmitterTable.put(F32_LE, compare(2, F, Opcodes.IFLE, Opcodes.FCMPG));
        EmitterTable.put(F32_GE, compare(2, F, Opcodes.IFGE, Opcodes.FCMPL));
        EmitterTable.put(F64_EQ, compare(2, D, Opcodes.IFEQ, Opcodes.DCMPL));
        EmitterTable.put(F64_NE, compare(2, D, Opcodes.IFNE, Opcodes.DCMPL));
        EmitterTable.put(F64_LT, compare(2, D, Opcodes.IFLT, Opcodes.DCMPG));
        EmitterTable.put(F64_GT, compare(2, D, Opcodes.IFGT, Opcodes.DCMPL));
        EmitterTable.put(F64_LE, compare(2, D, Opcodes.IFLE, Opcodes.DCMPG));
        EmitterTable.put(F64_GE, compare(2, D, Opcodes.IFGE, Opcodes.DCMPL));
    }

    private static void integerOps() {
        EmitterTable.put(I32_CLZ, jdk(I, "java/lang/Integer", "numberOfLeadingZeros", "(I)I", I));
        EmitterTable.put(I32_CTZ, jdk(I, "java/lang/Integer", "numberOfTrailingZeros", "(I)I", I));
        EmitterTable.put(I32_POPCNT, jdk(I, "java/lang/Integer", "bitCount", "(I)I", I));
        EmitterTable.put(I32_ADD, insn(I, new int[] {I, I}, Opcodes.IADD));
        EmitterTable.put(I32_SUB, insn(I, new int[] {I, I}, Opcodes.ISUB));
        EmitterTable.put(I32_MUL, insn(I, new int[] {I, I}, Opcodes.IMUL));
        EmitterTable.put(I32_DIV_S, math(I, "i32DivS", I, I));
        EmitterTable.put(I32_DIV_U, math(I, "i32DivU", I, I));
        EmitterTable.put(I32_REM_S, math(I, "i32RemS", I, I));
        EmitterTable.put(I32_REM_U, math(I, "i32RemU", I, I));
        EmitterTable.put(I32_AND, insn(I, new int[] {I, I}, Opcodes.IAND));
        EmitterTable.put(I32_OR, insn(I, new int[] {I, I}, Opcodes.IOR));
        EmitterTable.put(I32_XOR, insn(I, new int[] {I, I}, Opcodes.IXOR));
        // JVM shifts use the low 5 (6) bits of the count, as wasm does.
        EmitterTable.put(I32_SHL, insn(I, new int[] {I, I}, Opcodes.ISHL));
        EmitterTable.put(I32_SHR_S, insn(I, new int[] {I, I}, Opcodes.ISHR));
        EmitterTable.put(I32_SHR_U, insn(I, new int[] {I, I}, Opcodes.IUSHR));
        EmitterTable.put(I32_ROTL, jdk(I, "java/lang/Integer", "rotateLeft", "(II)I", I, I));
        EmitterTable.put(I32_ROTR, jdk(I, "java/lang/Integer", "rotateRight", "(II)I", I, I));

        EmitterTable.put(I64_CLZ, jdk(J, "java/lang/Long", "numberOfLeadingZeros", "(J)I", J).then(Opcodes.I2L));
        EmitterTable.put(I64_CTZ, jdk(J, "java/lang/Long", "numberOfTrailingZeros", "(J)I", J).then(Opcodes.I2L));
        EmitterTable.put(I64_POPCNT, jdk(J, "java/lang/Long", "bitCount", "(J)I", J).then(Opcodes.I2L));
        EmitterTable.put(I64_ADD, insn(J, new int[] {J, J}, Opcodes.LADD));
        EmitterTable.put(I64_SUB, insn(J, new int[] {J, J}, Opcodes.LSUB));
        EmitterTable.put(I64_MUL, insn(J, new int[] {J, J}, Opcodes.LMUL));
        EmitterTable.put(I64_DIV_S, math(J, "i64DivS", J, J));
        EmitterTable.put(I64_DIV_U, math(J, "i64DivU", J, J));
        EmitterTable.put(I64_REM_S, math(J, "i64RemS", J, J));
        EmitterTable.put(I64_REM_U, math(J, "i64RemU", J, J));
        EmitterTable.put(I64_AND, insn(J, new int[] {J, J}, Opcodes.LAND));
        EmitterTable.put(I64_OR, insn(J, new int[] {J, J}, Opcodes.LOR));
        EmitterTable.put(I64_XOR, insn(J, new int[] {J, J}, Opcodes.LXOR));
        // The JVM takes an int shift count: narrowing keeps the low 6 bits it uses.
        EmitterTable.put(I64_SHL, insn(J, new int[] {J, J}, Opcodes.L2I, Opcodes.LSHL));
        EmitterTable.put(I64_SHR_S, insn(J, new int[] {J, J}, Opcodes.L2I, Opcodes.LSHR));
        EmitterTable.put(I64_SHR_U, insn(J, new int[] {J, J}, Opcodes.L2I, Opcodes.LUSHR));
        EmitterTable.put(I64_ROTL, insn(J, new int[] {J, J}, Opcodes.L2I)
                .then(jdk(J, "java/lang/Long", "rotateLeft", "(JI)J")));
        EmitterTable.put(I64_ROTR, insn(J, new int[] {J, J}, Opcodes.L2I)
                .then(jdk(J, "java/lang/Long", "rotateRight", "(JI)J")));
    }

    private static void floatOps() {
        EmitterTable.put(F32_ABS, math(F, "f32Abs", F));
        EmitterTable.put(F32_NEG, math(F, "f32Neg", F));
        EmitterTable.put(F32_CEIL, math(F, "f32Ceil", F));
        EmitterTable.put(F32_FLOOR, math(F, "f32Floor", F));
        EmitterTable.put(F32_TRUNC, math(F, "f32Trunc", F));
        EmitterTable.put(F32_NEAREST, math(F, "f32Nearest", F));
        EmitterTable.put(F32_SQRT, math(F, "f32Sqrt", F));
        EmitterTable.put(F32_ADD, insn(F, new int[] {F, F}, Opcodes.FADD));
        EmitterTable.put(F32_SUB, insn(F, new int[] {F, F}, Opcodes.FSUB));
        EmitterTable.put(F32_MUL, insn(F, new int[] {F, F}, Opcodes.FMUL));
        EmitterTable.put(F32_DIV, insn(F, new int[] {F, F}, Opcodes.FDIV));
        EmitterTable.put(F32_MIN, math(F, "f32Min", F, F));
        EmitterTable.put(F32_MAX, math(F, "f32Max", F, F));
        EmitterTable.put(F32_COPYSIGN, math(F, "f32Copysign", F, F));
        EmitterTable.put(F64_ABS, math(D, "f64Abs", D));
        EmitterTable.put(F64_NEG, math(D, "f64Neg", D));
        EmitterTable.put(F64_CEIL, math(D, "f64Ceil", D));
        EmitterTable.put(F64_FLOOR, math(D, "f64Floor", D));
        EmitterTable.put(F64_TRUNC, math(D, "f64Trunc", D));
        EmitterTable.put(F64_NEAREST, math(D, "f64Nearest", D));
        EmitterTable.put(F64_SQRT, math(D, "f64Sqrt", D));
        EmitterTable.put(F64_ADD, insn(D, new int[] {D, D}, Opcodes.DADD));
        EmitterTable.put(F64_SUB, insn(D, new int[] {D, D}, Opcodes.DSUB));
        EmitterTable.put(F64_MUL, insn(D, new int[] {D, D}, Opcodes.DMUL));
        EmitterTable.put(F64_DIV, insn(D, new int[] {D, D}, Opcodes.DDIV));
        EmitterTable.put(F64_MIN, math(D, "f64Min", D, D));
        EmitterTable.put(F64_MAX, math(D, "f64Max", D, D));
        EmitterTable.put(F64_COPYSIGN, math(D, "f64Copysign", D, D));
    }

    private static void conversions() {
        EmitterTable.put(I32_WRAP_I64, insn(I, new int[] {J}, Opcodes.L2I));
        EmitterTable.put(I32_TRUNC_F32_S, math(I, "i32TruncF32S", F));
        EmitterTable.put(I32_TRUNC_F32_U, math(I, "i32TruncF32U", F));
        EmitterTable.put(I32_TRUNC_F64_S, math(I, "i32TruncF64S", D));
        EmitterTable.put(I32_TRUNC_F64_U, math(I, "i32TruncF64U", D));
        EmitterTable.put(I64_EXTEND_I32_S, insn(J, new int[] {I}, Opcodes.I2L));
        EmitterTable.put(I64_EXTEND_I32_U, jdk(J, "java/lang/Integer", "toUnsignedLong", "(I)J", I));
        EmitterTable.put(I64_TRUNC_F32_S, math(J, "i64TruncF32S", F));
        EmitterTable.put(I64_TRUNC_F32_U, math(J, "i64TruncF32U", F));
        EmitterTable.put(I64_TRUNC_F64_S, math(J, "i64TruncF64S", D));
        EmitterTable.put(I64_TRUNC_F64_U, math(J, "i64TruncF64U", D));
        EmitterTable.put(F32_CONVERT_I32_S, insn(F, new int[] {I}, Opcodes.I2F));
        EmitterTable.put(F32_CONVERT_I32_U, math(F, "f32ConvertI32U", I));
        EmitterTable.put(F32_CONVERT_I64_S, insn(F, new int[] {J}, Opcodes.L2F));
        EmitterTable.put(F32_CONVERT_I64_U, math(F, "f32ConvertI64U", J));
        EmitterTable.put(F32_DEMOTE_F64, insn(F, new int[] {D}, Opcodes.D2F));
        EmitterTable.put(F64_CONVERT_I32_S, insn(D, new int[] {I}, Opcodes.I2D));
        EmitterTable.put(F64_CONVERT_I32_U, math(D, "f64ConvertI32U", I));
        EmitterTable.put(F64_CONVERT_I64_S, insn(D, new int[] {J}, Opcodes.L2D));
        EmitterTable.put(F64_CONVERT_I64_U, math(D, "f64ConvertI64U", J));
        EmitterTable.put(F64_PROMOTE_F32, insn(D, new int[] {F}, Opcodes.F2D));
        EmitterTable.put(I32_REINTERPRET_F32, jdk(I, "java/lang/Float", "floatToRawIntBits", "(F)I", F));
        EmitterTable.put(I64_REINTERPRET_F64, jdk(J, "java/lang/Double", "doubleToRawLongBits", "(D)J", D));
        EmitterTable.put(F32_REINTERPRET_I32, jdk(F, "java/lang/Float", "intBitsToFloat", "(I)F", I));
        EmitterTable.put(F64_REINTERPRET_I64, jdk(D, "java/lang/Double", "longBitsToDouble", "(J)D", J));
        EmitterTable.put(I32_EXTEND8_S, insn(I, new int[] {I}, Opcodes.I2B));
        EmitterTable.put(I32_EXTEND16_S, insn(I, new int[] {I}, Opcodes.I2S));
        EmitterTable.put(I64_EXTEND8_S, insn(J, new int[] {J}, Opcodes.L2I, Opcodes.I2B, Opcodes.I2L));
        EmitterTable.put(I64_EXTEND16_S, insn(J, new int[] {J}, Opcodes.L2I, Opcodes.I2S, Opcodes.I2L));
        EmitterTable.put(I64_EXTEND32_S, insn(J, new int[] {J}, Opcodes.L2I, Opcodes.I2L));
        // Saturating: the JVM's casts saturate and map NaN to 0, as the signed forms want.
        EmitterTable.put(I32_TRUNC_SAT_F32_S, insn(I, new int[] {F}, Opcodes.F2I));
        EmitterTable.put(I32_TRUNC_SAT_F32_U, math(I, "i32TruncSatF32U", F));
        EmitterTable.put(I32_TRUNC_SAT_F64_S, insn(I, new int[] {D}, Opcodes.D2I));
        EmitterTable.put(I32_TRUNC_SAT_F64_U, math(I, "i32TruncSatF64U", D));
        EmitterTable.put(I64_TRUNC_SAT_F32_S, insn(J, new int[] {F}, Opcodes.F2L));
        EmitterTable.put(I64_TRUNC_SAT_F32_U, math(J, "i64TruncSatF32U", F));
        EmitterTable.put(I64_TRUNC_SAT_F64_S, insn(J, new int[] {D}, Opcodes.D2L));
        EmitterTable.put(I64_TRUNC_SAT_F64_U, math(J, "i64TruncSatF64U", D));
    }

    // ---- emitter factories

    /** An emitter with its stack effect, which can be followed by more JVM instructions. */
    private record Op(int result, int[] operands, Consumer<FunctionCompiler> body)
            implements InstructionEmitter {
        @Override
        public void emit(FunctionCompiler c, CodeReader r) {
            c.stack().pop(operands.length);
            body.accept(c);
            c.stack().push(result);
        }

        Op then(int... jvmOps) {
            return new Op(result, operands, c -> {
                body.accept(c);
                for (int op : jvmOps) {
                    c.mv().visitInsn(op);
                }
            });
        }

        Op then(Op next) {
            return new Op(result, operands, c -> {
                body.accept(c);
                next.body.accept(c);
            });
        }
    }

    private static Op insn(int result, int[] operands, int... jvmOps) {
        return new Op(result, operands, c -> {
            for (int op : jvmOps) {
                c.mv().visitInsn(op);
            }
        });
    }

    private static Op jdk(int result, String owner, String name, String desc, int... operands) {
        return new Op(result, operands, c -> c.invokeStatic(owner, name, desc));
    }

    /** A WasmMath helper; it may trap, so the instruction's position is recorded first. */
    private static Op math(int result, String name, int... operands) {
        StringBuilder desc = new StringBuilder("(");
        for (int t : operands) {
            desc.append(JvmTypes.descriptor(t));
        }
        desc.append(')').append(JvmTypes.descriptor(result));
        String d = desc.toString();
        return new Op(result, operands, c -> {
            c.markPosition();
            c.invokeStatic(Names.MATH, name, d);
        });
    }

    /** A comparison: optional JVM instructions (lcmp, fcmpl...) then a conditional jump giving 0 or 1. */
    private static InstructionEmitter compare(int arity, int operandType, int jump, int... before) {
        int[] operands = arity == 1 ? new int[] {operandType} : new int[] {operandType, operandType};
        return new Op(I, operands, c -> {
            for (int op : before) {
                c.mv().visitInsn(op);
            }
            c.condition(jump);
        });
    }

    private static InstructionEmitter compareUnsigned(int operandType, int jump) {
        boolean wide = operandType == J;
        String owner = wide ? "java/lang/Long" : "java/lang/Integer";
        String desc = wide ? "(JJ)I" : "(II)I";
        return new Op(I, new int[] {operandType, operandType}, c -> {
            c.invokeStatic(owner, "compareUnsigned", desc);
            c.condition(jump);
        });
    }
}
