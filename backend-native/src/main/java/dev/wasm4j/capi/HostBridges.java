package dev.wasm4j.capi;

import dev.wasm4j.Caller;
import dev.wasm4j.Func;
import dev.wasm4j.spi.JavaSignatures;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link HostAdapter} of a typed host function's interface method: a generated class that reads each
 * argument from its raw slot as the method's parameter type, calls the method on the implementation, and
 * writes the result to slot 0, with no boxing and no method handle in between. One per method, shared by
 * every store. An interface this package cannot implement gets a method handle adapter instead.
 */
final class HostBridges {
    private static final ConcurrentHashMap<Method, HostAdapter> ADAPTERS = new ConcurrentHashMap<>();
    private static final String CALLER_DESC = Type.getDescriptor(Caller.class);

    private HostBridges() {
    }

    static HostAdapter adapterFor(Method method) {
        return ADAPTERS.computeIfAbsent(method, HostBridges::build);
    }

    private static HostAdapter build(Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            HostAdapter generated = generate(method);
            if (generated != null) {
                return generated;
            }
        }
        MethodHandle handle = TypedHostAdapters.adapterFor(method);
        return (implementation, store, caller, slots) -> {
            handle.invokeExact(implementation, store, caller, slots); // a statement: the call site returns void
        };
    }

    private static HostAdapter generate(Method method) {
        String name = Type.getInternalName(HostBridges.class) + "$Adapter";
        ClassWriter cw = BridgeClasses.start(name, Type.getInternalName(HostAdapter.class));
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        // call(Object implementation, WasmtimeStore store, Caller caller, MemorySegment slots)
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "call", "(Ljava/lang/Object;" + BridgeClasses.STORE_DESC
                + CALLER_DESC + BridgeClasses.SEGMENT_DESC + ")V", null, null);
        mv.visitCode();
        String iface = Type.getInternalName(method.getDeclaringClass());
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, iface);
        Class<?>[] params = method.getParameterTypes();
        int first = 0;
        if (JavaSignatures.takesCaller(method)) {
            mv.visitVarInsn(Opcodes.ALOAD, 3);
            first = 1;
        }
        for (int i = first; i < params.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitVarInsn(Opcodes.ALOAD, 4);
            mv.visitLdcInsn((i - first) * RawValues.SLOT);
            BridgeClasses.emitGet(mv, params[i], params[i] == Func.class);
        }
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, iface, method.getName(), Type.getMethodDescriptor(method), true);
        Class<?> result = method.getReturnType();
        if (result != void.class) {
            Type r = Type.getType(result);
            mv.visitVarInsn(r.getOpcode(Opcodes.ISTORE), 5);
            mv.visitVarInsn(Opcodes.ALOAD, 2);
            mv.visitVarInsn(Opcodes.ALOAD, 4);
            mv.visitInsn(Opcodes.LCONST_0);
            mv.visitVarInsn(r.getOpcode(Opcodes.ILOAD), 5);
            BridgeClasses.emitPut(mv, result, result == Func.class);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return BridgeClasses.define(cw).map(lookup -> {
            try {
                return (HostAdapter) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                        .invoke();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }).orElse(null);
    }
}
