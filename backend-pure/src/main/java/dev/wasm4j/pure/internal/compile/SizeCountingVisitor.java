package dev.wasm4j.pure.internal.compile;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Passes instructions on (or drops them, with no delegate) and counts the bytes of code they take, a
 * close upper estimate of the JVM encoding. The compiler uses it to decide whether a function must be
 * split before emitting it for real.
 */
final class SizeCountingVisitor extends MethodVisitor {
    private long size;

    SizeCountingVisitor(MethodVisitor delegate) {
        super(Opcodes.ASM9, delegate);
    }

    long size() {
        return size;
    }

    @Override
    public void visitInsn(int opcode) {
        size += 1;
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        size += opcode == Opcodes.SIPUSH ? 3 : 2;
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        size += varIndex < 4 && opcode != Opcodes.RET ? 1 : varIndex < 256 ? 2 : 4;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        size += 3;
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        size += 3;
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        size += opcode == Opcodes.INVOKEINTERFACE ? 5 : 3;
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        size += 3;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        size += 3;
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        size += varIndex < 256 && increment >= -128 && increment <= 127 ? 3 : 6;
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        size += 16 + 4L * labels.length;
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        size += 12 + 8L * keys.length;
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        size += 4;
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }
}
