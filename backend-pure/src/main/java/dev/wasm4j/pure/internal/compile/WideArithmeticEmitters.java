package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.I64_ADD128;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_MUL_WIDE_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_MUL_WIDE_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_SUB128;

/**
 * The wide-arithmetic proposal: 128-bit add and subtract on (low, high) i64 pairs and the full 128-bit
 * products of two i64s. Each leaves two i64 results on the operand stack, so the operands go to scratch
 * locals and the halves are computed inline (carries and the unsigned high product in {@code WasmMath}).
 */
final class WideArithmeticEmitters {
    private static final int J = ValueTypes.I64;

    private WideArithmeticEmitters() {
    }

    static void register() {
        EmitterTable.put(I64_ADD128, (c, r) -> addOrSub(c, true));
        EmitterTable.put(I64_SUB128, (c, r) -> addOrSub(c, false));
        EmitterTable.put(I64_MUL_WIDE_S, (c, r) -> mulWide(c, true));
        EmitterTable.put(I64_MUL_WIDE_U, (c, r) -> mulWide(c, false));
    }

    /** [aLow, aHigh, bLow, bHigh] -> [low, high]. */
    private static void addOrSub(FunctionCompiler c, boolean add) {
        MethodVisitor mv = c.mv();
        c.stack().pop(4);
        int bHigh = store(c);
        int bLow = store(c);
        int aHigh = store(c);
        int aLow = store(c);
        int low = c.locals().borrow(J);
        mv.visitVarInsn(Opcodes.LLOAD, aLow);
        mv.visitVarInsn(Opcodes.LLOAD, bLow);
        mv.visitInsn(add ? Opcodes.LADD : Opcodes.LSUB);
        mv.visitVarInsn(Opcodes.LSTORE, low);
        mv.visitVarInsn(Opcodes.LLOAD, low);
        mv.visitVarInsn(Opcodes.LLOAD, aHigh);
        mv.visitVarInsn(Opcodes.LLOAD, bHigh);
        mv.visitInsn(add ? Opcodes.LADD : Opcodes.LSUB);
        if (add) {
            mv.visitVarInsn(Opcodes.LLOAD, low);
            mv.visitVarInsn(Opcodes.LLOAD, aLow);
            c.invokeStatic(Names.MATH, "i64AddCarry", "(JJ)J");
            mv.visitInsn(Opcodes.LADD);
        } else {
            mv.visitVarInsn(Opcodes.LLOAD, aLow);
            mv.visitVarInsn(Opcodes.LLOAD, bLow);
            c.invokeStatic(Names.MATH, "i64SubBorrow", "(JJ)J");
            mv.visitInsn(Opcodes.LSUB);
        }
        for (int slot : new int[] {bHigh, bLow, aHigh, aLow, low}) {
            c.locals().giveBack(J, slot);
        }
        c.stack().push(J);
        c.stack().push(J);
    }

    /** [a, b] -> [low, high] of the signed or unsigned 128-bit product. */
    private static void mulWide(FunctionCompiler c, boolean signed) {
        MethodVisitor mv = c.mv();
        c.stack().pop(2);
        int b = store(c);
        int a = store(c);
        mv.visitVarInsn(Opcodes.LLOAD, a);
        mv.visitVarInsn(Opcodes.LLOAD, b);
        mv.visitInsn(Opcodes.LMUL);
        mv.visitVarInsn(Opcodes.LLOAD, a);
        mv.visitVarInsn(Opcodes.LLOAD, b);
        if (signed) {
            c.invokeStatic("java/lang/Math", "multiplyHigh", "(JJ)J");
        } else {
            c.invokeStatic(Names.MATH, "i64MulHighU", "(JJ)J");
        }
        c.locals().giveBack(J, b);
        c.locals().giveBack(J, a);
        c.stack().push(J);
        c.stack().push(J);
    }

    private static int store(FunctionCompiler c) {
        int slot = c.locals().borrow(J);
        c.mv().visitVarInsn(Opcodes.LSTORE, slot);
        return slot;
    }
}
