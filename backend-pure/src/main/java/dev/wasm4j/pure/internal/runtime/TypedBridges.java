package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.FuncType;
import dev.wasm4j.spi.JavaSignatures;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implements {@link dev.wasm4j.Func#typed}: a generated class implementing the user's interface whose
 * method passes its arguments straight on, with no boxing. For a wasm function it is an
 * {@code invokestatic} of the compiled method (the JIT inlines the whole call); for a host function an
 * {@code invokeExact} of its handle. Exceptions go through {@link Traps#toWasm}. The class lives in a
 * small loader that sees both the compiled code and the interface; interfaces that are not public go
 * to {@link HiddenBridges}.
 */
final class TypedBridges {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String INSTANCE = Type.getInternalName(WasmInstance.class);
    private static final String MH = Type.getInternalName(MethodHandle.class);
    /** Bridges of host functions by interface, then by handle type. */
    private static final ClassValue<Map<MethodType, MethodHandle>> HOST_BRIDGES = new ClassValue<>() {
        @Override
        protected Map<MethodType, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private TypedBridges() {
    }

    static Object create(WasmFunction f, Class<?> iface) {
        Method m = JavaSignatures.functionalMethod(iface);
        JavaSignatures.checkCallable(m, f.type);
        if (!Modifier.isPublic(iface.getModifiers())) {
            // A class of another package cannot implement it: define one inside its package instead.
            return HiddenBridges.create(f, iface, m);
        }
        FunctionCode code = f.code();
        try {
            if (code != null) {
                MethodHandle ctor = code.bridges.computeIfAbsent(iface, i -> define(i, m, f.type, code));
                return ctor.invoke(f.owner);
            }
            MethodHandle ctor = HOST_BRIDGES.get(iface).computeIfAbsent(f.handle().type(), t -> define(iface, m, f.type, null));
            return ctor.invoke(f.handle());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Defines the bridge class and returns its constructor, taking the owner instance or the handle. */
    private static MethodHandle define(Class<?> iface, Method m, FuncType type, FunctionCode code) {
        String name = "dev/wasm4j/pure/gen/TypedBridge" + COUNTER.getAndIncrement();
        boolean direct = code != null;
        String fieldDesc = direct ? "L" + INSTANCE + ";" : "L" + MH + ";";
        ClassWriter cw = bridgeClass(name, iface, fieldDesc);

        MethodType wasmType = Signatures.methodType(type);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, m.getName(), Type.getMethodDescriptor(m), null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        mv.visitLabel(start);
        if (!direct) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "target", fieldDesc);
        }
        int slot = 1;
        for (Class<?> p : m.getParameterTypes()) {
            Type t = Type.getType(p);
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        if (direct) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "target", fieldDesc);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(code.declaringClass()), code.methodName(),
                    wasmType.toMethodDescriptorString(), false);
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, MH, "invokeExact", wasmType.toMethodDescriptorString(), false);
        }
        Class<?> ret = m.getReturnType();
        if (!ret.isPrimitive() && ret != Object.class) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(ret));
        }
        mv.visitLabel(end);
        mv.visitInsn(Type.getType(ret).getOpcode(Opcodes.IRETURN));
        mv.visitLabel(handler);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Traps.class), "toWasm",
                "(Ljava/lang/Throwable;)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();

        ClassLoader parent = direct ? code.declaringClass().getClassLoader() : TypedBridges.class.getClassLoader();
        BridgeLoader loader = new BridgeLoader(parent, iface.getClassLoader());
        Class<?> cls = loader.define(name.replace('/', '.'), cw.toByteArray());
        try {
            MethodHandle ctor = MethodHandles.publicLookup().findConstructor(cls,
                    MethodType.methodType(void.class, direct ? WasmInstance.class : MethodHandle.class));
            return ctor.asType(MethodType.methodType(Object.class, ctor.type().parameterType(0)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@link DynamicInvoker} for a compiled wasm function: unboxes, {@code invokestatic}s, boxes. */
    static DynamicInvoker dynamicInvoker(WasmFunction f) {
        FunctionCode code = f.code();
        String name = "dev/wasm4j/pure/gen/DynamicBridge" + COUNTER.getAndIncrement();
        String fieldDesc = "L" + INSTANCE + ";";
        ClassWriter cw = bridgeClass(name, DynamicInvoker.class, fieldDesc);

        MethodType wasmType = Signatures.methodType(f.type);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "invoke", "([Ljava/lang/Object;)Ljava/lang/Object;",
                null, new String[] {"java/lang/Throwable"});
        mv.visitCode();
        for (int i = 0; i < wasmType.parameterCount() - 1; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitLdcInsn(i);
            mv.visitInsn(Opcodes.AALOAD);
            unbox(mv, wasmType.parameterType(i));
        }
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, name, "target", fieldDesc);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(code.declaringClass()), code.methodName(),
                wasmType.toMethodDescriptorString(), false);
        box(mv, wasmType.returnType());
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();

        BridgeLoader loader = new BridgeLoader(code.declaringClass().getClassLoader(),
                DynamicInvoker.class.getClassLoader());
        Class<?> cls = loader.define(name.replace('/', '.'), cw.toByteArray());
        try {
            return (DynamicInvoker) cls.getConstructor(WasmInstance.class).newInstance(f.owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A final class {@code name} implementing {@code iface}, with a field {@code target} of
     * {@code fieldDesc} set by its one constructor: the shape of every bridge.
     */
    private static ClassWriter bridgeClass(String name, Class<?> iface, String fieldDesc) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null,
                "java/lang/Object", new String[] {Type.getInternalName(iface)});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "target", fieldDesc, null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "(" + fieldDesc + ")V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, name, "target", fieldDesc);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        return cw;
    }

    /** The internal name of the box of a primitive type. */
    private static String boxClass(Class<?> primitive) {
        return Type.getInternalName(MethodType.methodType(primitive).wrap().returnType());
    }

    /** The boxes {@link Values#box} makes, back to the primitive the compiled method takes. */
    private static void unbox(MethodVisitor mv, Class<?> p) {
        if (!p.isPrimitive()) {
            if (p != Object.class) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(p));
            }
            return;
        }
        String box = boxClass(p);
        mv.visitTypeInsn(Opcodes.CHECKCAST, box);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, p.getName() + "Value", "()" + Type.getDescriptor(p), false);
    }

    private static void box(MethodVisitor mv, Class<?> r) {
        if (r == void.class) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else if (r.isPrimitive()) {
            String box = boxClass(r);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, box, "valueOf", "(" + Type.getDescriptor(r) + ")L" + box + ";",
                    false);
        }
    }

    /** Sees the compiled code (through its parent) and the user's interface (through the interface's loader). */
    private static final class BridgeLoader extends ClassLoader {
        private final ClassLoader interfaceLoader;

        BridgeLoader(ClassLoader parent, ClassLoader interfaceLoader) {
            super(parent);
            this.interfaceLoader = interfaceLoader;
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (interfaceLoader == null) {
                throw new ClassNotFoundException(name);
            }
            return Class.forName(name, false, interfaceLoader);
        }
    }
}
