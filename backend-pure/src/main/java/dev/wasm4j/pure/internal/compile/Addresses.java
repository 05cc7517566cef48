package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * i64 addresses, indices and lengths of 64-bit memories and tables (memory64, table64). Pure's memories
 * and tables are Java arrays of fewer than 2^31 bytes or elements, so such an operand of 2^31 or more is
 * out of bounds whatever it is added to, exactly like an i32 operand at or above 2^31 read unsigned.
 * Compiled code therefore narrows each i64 operand to an int that keeps values below 2^31 and is negative
 * (so at least 2^31 read unsigned) for all others, then runs the 32-bit code and runtime operations
 * unchanged; an i64 result (a size, or grow's old size or -1) is the 32-bit result sign-extended.
 */
final class Addresses {
    private Addresses() {
    }

    /**
     * [i64] -> [i32]: {@code (int) v | -(v >>> 31 != 0 ? 1 : 0)}, branch-free ({@code lcmp} against 0
     * yields 0 or 1 for an unsigned shift result).
     */
    static void narrowTop(FunctionCompiler c) {
        MethodVisitor mv = c.mv();
        mv.visitInsn(Opcodes.DUP2);
        c.iconst(31);
        mv.visitInsn(Opcodes.LUSHR);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitInsn(Opcodes.LCMP);
        mv.visitInsn(Opcodes.INEG);
        // [v, mask] -> [mask, v]
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.L2I);
        mv.visitInsn(Opcodes.IOR);
    }

    /**
     * Narrows every i64 among the top {@code count} operands, on the JVM stack and the type stack. The
     * operands above the deepest i64 wait in scratch slots meanwhile.
     */
    static void narrowOperands(FunctionCompiler c, int count) {
        TypeStack stack = c.stack();
        int deepest = -1;
        for (int depth = 0; depth < count; depth++) {
            if (stack.peek(depth) == ValueTypes.I64) {
                deepest = depth;
            }
        }
        if (deepest < 0) {
            return;
        }
        MethodVisitor mv = c.mv();
        int[] parked = new int[deepest];
        int[] slots = new int[deepest];
        for (int depth = 0; depth < deepest; depth++) {
            parked[depth] = stack.peek(depth);
            slots[depth] = c.locals().borrow(parked[depth]);
            mv.visitVarInsn(JvmTypes.storeOpcode(parked[depth]), slots[depth]);
        }
        narrowTop(c);
        for (int depth = deepest - 1; depth >= 0; depth--) {
            mv.visitVarInsn(JvmTypes.loadOpcode(parked[depth]), slots[depth]);
            c.locals().giveBack(parked[depth], slots[depth]);
            if (parked[depth] == ValueTypes.I64) {
                narrowTop(c);
            }
        }
        int[] narrowed = new int[count];
        for (int depth = 0; depth < count; depth++) {
            int type = stack.peek(depth);
            narrowed[count - 1 - depth] = type == ValueTypes.I64 ? ValueTypes.I32 : type;
        }
        stack.pop(count);
        stack.pushAll(narrowed);
    }

    /** [i32] -> [i64] for a size or grow result, which is below 2^31 or -1. */
    static void widenTop(FunctionCompiler c) {
        c.stack().pop();
        c.mv().visitInsn(Opcodes.I2L);
        c.stack().push(ValueTypes.I64);
    }
}
