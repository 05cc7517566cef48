package dev.wasm4j.pure.internal.compile;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The JVM exception-handler range of a try_table or a legacy try body, and the operand stack below the
 * block saved for its handler. A JVM handler starts with an empty operand stack, but the wasm values
 * under the block must be there again when a catch continues: on entry they are also copied to scratch
 * locals, which the handler pushes back.
 */
final class HandlerRange {
    final Label start = new Label();
    final Label end = new Label();
    final Label handler = new Label();
    /** Types and scratch slots of the operand stack below the block, bottom first. */
    private final int[] belowTypes;
    private final int[] belowSlots;

    private HandlerRange(int below) {
        belowTypes = new int[below];
        belowSlots = new int[below];
    }

    /** At a block with parameters {@code params} (on the stack): saves what is below and opens the range. */
    static HandlerRange open(FunctionCompiler c, int[] params) {
        HandlerRange r = new HandlerRange(c.stack().size() - params.length);
        r.saveBelow(c, params);
        c.mv().visitLabel(r.start);
        c.mv().visitInsn(Opcodes.NOP); // a handler range must not be empty
        return r;
    }

    /**
     * Stores the values under the block's parameters in scratch locals and puts everything back, so the
     * JVM stack is unchanged: the parameters go to temporaries first to reach the values below.
     */
    private void saveBelow(FunctionCompiler c, int[] params) {
        MethodVisitor mv = c.mv();
        int[] paramSlots = new int[params.length];
        for (int i = params.length - 1; i >= 0; i--) {
            paramSlots[i] = c.locals().borrow(params[i]);
            mv.visitVarInsn(JvmTypes.storeOpcode(params[i]), paramSlots[i]);
        }
        for (int i = belowTypes.length - 1; i >= 0; i--) {
            belowTypes[i] = c.stack().peek(params.length + belowTypes.length - 1 - i);
            belowSlots[i] = c.locals().borrow(belowTypes[i]);
            mv.visitVarInsn(JvmTypes.storeOpcode(belowTypes[i]), belowSlots[i]);
        }
        pushBelowValues(mv);
        for (int i = 0; i < params.length; i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(params[i]), paramSlots[i]);
            c.locals().giveBack(params[i], paramSlots[i]);
        }
    }

    /**
     * Ends the range here. Registered now, not at the start: the JVM takes the first matching entry of
     * the exception table, and a range closed earlier is an inner one.
     */
    void close(MethodVisitor mv) {
        mv.visitLabel(end);
        mv.visitTryCatchBlock(start, end, handler, ExceptionEmitters.EXN);
    }

    /** In a handler (empty JVM stack): pushes the saved values and makes them the whole type stack. */
    void restoreBelow(FunctionCompiler c) {
        c.stack().truncate(0);
        pushBelowValues(c.mv());
        c.stack().pushAll(belowTypes);
    }

    private void pushBelowValues(MethodVisitor mv) {
        for (int i = 0; i < belowTypes.length; i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(belowTypes[i]), belowSlots[i]);
        }
    }

    /** Gives the scratch locals back once the handler code is emitted. */
    void release(FunctionCompiler c) {
        for (int i = 0; i < belowTypes.length; i++) {
            c.locals().giveBack(belowTypes[i], belowSlots[i]);
        }
    }
}
