package dev.wasm4j.capi;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.util.Optional;

/**
 * What the generated bridge classes share: defining them as hidden classes of this package (so they reach
 * its package-private types, and are unloaded with their last instance), and the bytecode that moves one
 * value between a raw slot and the operand stack through {@link RawSlotAccess}.
 */
final class BridgeClasses {
    static final String SLOT_ACCESS = Type.getInternalName(RawSlotAccess.class);
    static final String STORE_DESC = Type.getDescriptor(WasmtimeStore.class);
    static final String SEGMENT_DESC = Type.getDescriptor(MemorySegment.class);

    private BridgeClasses() {
    }

    /** A class writer for a final class implementing {@code interfaces}. */
    static ClassWriter start(String name, String... interfaces) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", interfaces);
        return cw;
    }

    /**
     * Defines the class, or empty when it cannot be (an interface this package cannot see or implement):
     * callers then fall back to method handles.
     */
    static Optional<MethodHandles.Lookup> define(ClassWriter cw) {
        try {
            return Optional.of(MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true));
        } catch (IllegalAccessException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The name {@link RawSlotAccess} gives the slot type of a Java type ({@code I32}, ..., {@code ExternRef}). */
    static String suffix(Class<?> type, boolean funcref) {
        return type == int.class ? "I32" : type == long.class ? "I64" : type == float.class ? "F32"
                : type == double.class ? "F64" : funcref ? "FuncRef" : "ExternRef";
    }

    private static Type erased(Class<?> type) {
        return type.isPrimitive() ? Type.getType(type) : Type.getType(Object.class);
    }

    /** With the store and slots loaded and the offset pushed: pushes the slot's value as {@code type}. */
    static void emitGet(MethodVisitor mv, Class<?> type, boolean funcref) {
        Type value = erased(type);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SLOT_ACCESS, "get" + suffix(type, funcref),
                "(" + STORE_DESC + SEGMENT_DESC + "J)" + value.getDescriptor(), false);
        if (!type.isPrimitive() && type != Object.class) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
        }
    }

    /** With the store, slots, offset and a value of {@code type} pushed: writes the value to the slot. */
    static void emitPut(MethodVisitor mv, Class<?> type, boolean funcref) {
        Type value = erased(type);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SLOT_ACCESS, "put" + suffix(type, funcref),
                "(" + STORE_DESC + SEGMENT_DESC + "J" + value.getDescriptor() + ")V", false);
    }

    /** A constructor storing its one argument in the final field {@code name}. */
    static void emitConstructor(ClassWriter cw, String owner, String field, String fieldDesc) {
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field, fieldDesc, null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(0, "<init>", "(" + fieldDesc + ")V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, owner, field, fieldDesc);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }
}
