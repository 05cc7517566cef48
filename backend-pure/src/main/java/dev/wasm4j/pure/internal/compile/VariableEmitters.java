package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.ConstInstruction;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.GLOBAL_GET;
import static dev.wasm4j.pure.internal.decode.Opcodes.GLOBAL_SET;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOCAL_GET;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOCAL_SET;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOCAL_TEE;

/**
 * Locals are JVM locals (or array elements in a split function, see {@link Locals}). Globals are cells of the instance ({@code ctx.globals[i]}) holding raw bits or a
 * reference; an immutable global defined with a constant is compiled as that constant.
 */
final class VariableEmitters {
    private static final String GLOBALS_DESC = "[L" + Names.GLOBAL + ";";

    private VariableEmitters() {
    }

    static void register() {
        EmitterTable.put(LOCAL_GET, VariableEmitters::localGet);
        EmitterTable.put(LOCAL_SET, VariableEmitters::localSet);
        EmitterTable.put(LOCAL_TEE, VariableEmitters::localTee);
        EmitterTable.put(GLOBAL_GET, VariableEmitters::globalGet);
        EmitterTable.put(GLOBAL_SET, VariableEmitters::globalSet);
    }

    private static void localGet(FunctionCompiler c, CodeReader r) {
        c.locals().emitGet(c.mv(), r.index());
        c.stack().push(c.locals().type(r.index()));
    }

    private static void localSet(FunctionCompiler c, CodeReader r) {
        c.stack().pop();
        c.locals().emitSet(c.mv(), r.index());
    }

    private static void localTee(FunctionCompiler c, CodeReader r) {
        int t = c.locals().type(r.index());
        c.mv().visitInsn(JvmTypes.isWide(t) ? Opcodes.DUP2 : Opcodes.DUP);
        c.locals().emitSet(c.mv(), r.index());
    }

    private static void loadCell(FunctionCompiler c, int global) {
        c.loadInstance();
        c.mv().visitFieldInsn(Opcodes.GETFIELD, JvmTypes.INSTANCE, "globals", GLOBALS_DESC);
        c.iconst(global);
        c.mv().visitInsn(Opcodes.AALOAD);
    }

    private static void globalGet(FunctionCompiler c, CodeReader r) {
        int g = r.index();
        int t = c.plan().module().global(g).type();
        c.stack().push(t);
        ConstInstruction constant = c.plan().constantGlobal(g);
        if (constant != null) {
            pushConstant(c, t, constant);
            return;
        }
        loadCell(c, g);
        MethodVisitor mv = c.mv();
        if (JvmTypes.isObject(t)) {
            mv.visitFieldInsn(Opcodes.GETFIELD, Names.GLOBAL, "ref", "Ljava/lang/Object;");
            if (t == ValueTypes.V128) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, JvmTypes.V128);
            }
            return;
        }
        mv.visitFieldInsn(Opcodes.GETFIELD, Names.GLOBAL, "bits", "J");
        switch (t) {
            case ValueTypes.I32 -> mv.visitInsn(Opcodes.L2I);
            case ValueTypes.F32 -> {
                mv.visitInsn(Opcodes.L2I);
                c.invokeStatic("java/lang/Float", "intBitsToFloat", "(I)F");
            }
            case ValueTypes.F64 -> c.invokeStatic("java/lang/Double", "longBitsToDouble", "(J)D");
            default -> {
            }
        }
    }

    private static void pushConstant(FunctionCompiler c, int type, ConstInstruction constant) {
        switch (type) {
            case ValueTypes.I32 -> c.iconst((int) constant.immediate());
            case ValueTypes.I64 -> c.lconst(constant.immediate());
            case ValueTypes.F32 -> c.fconstBits((int) constant.immediate());
            case ValueTypes.F64 -> c.dconstBits(constant.immediate());
            case ValueTypes.V128 -> c.v128const(constant.immediate(), constant.immediate2());
            default -> c.mv().visitInsn(Opcodes.ACONST_NULL);
        }
    }

    private static void globalSet(FunctionCompiler c, CodeReader r) {
        int g = r.index();
        c.stack().pop();
        int t = c.plan().module().global(g).type();
        MethodVisitor mv = c.mv();
        if (JvmTypes.isObject(t)) {
            loadCell(c, g);
            mv.visitInsn(Opcodes.SWAP);
            mv.visitFieldInsn(Opcodes.PUTFIELD, Names.GLOBAL, "ref", "Ljava/lang/Object;");
            return;
        }
        switch (t) {
            case ValueTypes.I32 -> mv.visitInsn(Opcodes.I2L);
            case ValueTypes.F32 -> {
                c.invokeStatic("java/lang/Float", "floatToRawIntBits", "(F)I");
                mv.visitInsn(Opcodes.I2L);
            }
            case ValueTypes.F64 -> c.invokeStatic("java/lang/Double", "doubleToRawLongBits", "(D)J");
            default -> {
            }
        }
        // [bits] -> [cell, bits]
        loadCell(c, g);
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.POP);
        mv.visitFieldInsn(Opcodes.PUTFIELD, Names.GLOBAL, "bits", "J");
    }
}
