package dev.wasm4j.pure.internal.runtime;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed views of interfaces that are not public: a hidden class defined in the interface's own package,
 * which invokes a constant method handle (its class data) with the instance as an extra argument. The
 * class refers to nothing of wasm4j, so the interface's loader need not see the backend; the handle
 * does the exception mapping. Needs the interface's package to be open to wasm4j (always true on the
 * class path).
 */
final class HiddenBridges {
    private static final MethodHandle TO_WASM;

    static {
        try {
            TO_WASM = MethodHandles.lookup().findStatic(HiddenBridges.class, "rethrow",
                    MethodType.methodType(Object.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HiddenBridges() {
    }

    static Object create(WasmFunction f, Class<?> iface, Method m) {
        // (params..., WasmInstance) R  ->  (interface params..., Object) interface result
        MethodHandle h = f.handle();
        int n = h.type().parameterCount() - 1;
        h = h.asType(h.type().changeParameterType(n, Object.class));
        MethodHandle handler = TO_WASM.asType(MethodType.methodType(h.type().returnType(), Throwable.class));
        h = MethodHandles.catchException(h, Throwable.class,
                MethodHandles.dropArguments(handler, 1, h.type().parameterList()));
        List<Class<?>> params = new ArrayList<>(List.of(m.getParameterTypes()));
        params.add(Object.class);
        MethodType exact = MethodType.methodType(m.getReturnType(), params);
        h = h.asType(exact);
        try {
            MethodHandles.Lookup in = MethodHandles.privateLookupIn(iface, MethodHandles.lookup());
            MethodHandles.Lookup hidden = in.defineHiddenClassWithClassData(bytes(iface, m, exact), h, true);
            MethodHandle ctor = hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class, Object.class));
            return ctor.invoke(f.owner);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalArgumentException("cannot implement " + iface.getName() + " (its package must be open to "
                    + "wasm4j, or make the interface public): " + e, e);
        }
    }

    private static Object rethrow(Throwable t) {
        throw Traps.toWasm(t);
    }

    private static byte[] bytes(Class<?> iface, Method m, MethodType exact) {
        String pkg = iface.getPackageName().replace('.', '/');
        String name = (pkg.isEmpty() ? "" : pkg + "/") + "WasmTypedView";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object",
                new String[] {Type.getInternalName(iface)});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "owner", "Ljava/lang/Object;", null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(0, "<init>", "(Ljava/lang/Object;)V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, name, "owner", "Ljava/lang/Object;");
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, m.getName(), Type.getMethodDescriptor(m), null, null);
        mv.visitCode();
        mv.visitLdcInsn(new ConstantDynamic("_", "Ljava/lang/invoke/MethodHandle;", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false)));
        int slot = 1;
        for (Class<?> p : m.getParameterTypes()) {
            Type t = Type.getType(p);
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, name, "owner", "Ljava/lang/Object;");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact",
                exact.toMethodDescriptorString(), false);
        mv.visitInsn(Type.getType(m.getReturnType()).getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
