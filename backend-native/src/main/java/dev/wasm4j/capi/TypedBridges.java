package dev.wasm4j.capi;

import dev.wasm4j.FuncType;
import dev.wasm4j.RefType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated implementations of a typed view's interface: the method writes each argument to its raw slot,
 * calls {@link TypedCallState#invoke()} and reads the result from slot 0, all through static methods the
 * JIT inlines down to the downcall (a method handle proxy costs about 8 ns more per call, its handle not
 * being a constant). One class per interface and slot kinds, shared by every view of that shape.
 */
final class TypedBridges {
    private static final String STATE = Type.getInternalName(TypedCallState.class);
    private static final String STATE_DESC = Type.getDescriptor(TypedCallState.class);
    private static final ClassValue<ConcurrentHashMap<String, Optional<MethodHandle>>> CONSTRUCTORS =
            new ClassValue<>() {
                @Override
                protected ConcurrentHashMap<String, Optional<MethodHandle>> computeValue(Class<?> type) {
                    return new ConcurrentHashMap<>();
                }
            };

    private TypedBridges() {
    }

    /** An implementation of {@code iface} calling through {@code state}, or empty if none can be generated. */
    static <I> Optional<I> create(Class<I> iface, Method method, FuncType type, TypedCallState state) {
        boolean[] funcrefParams = new boolean[type.params().size()];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < funcrefParams.length; i++) {
            funcrefParams[i] = RefType.FUNCREF.equals(type.params().get(i));
            key.append(funcrefParams[i] ? 'f' : '.');
        }
        boolean funcrefResult = !type.results().isEmpty() && RefType.FUNCREF.equals(type.results().get(0));
        key.append(funcrefResult ? "->f" : "->.");
        Optional<MethodHandle> constructor = CONSTRUCTORS.get(iface).computeIfAbsent(key.toString(),
                k -> define(iface, method, funcrefParams, funcrefResult));
        return constructor.map(c -> {
            try {
                return iface.cast(c.invoke(state));
            } catch (Throwable t) {
                throw new IllegalStateException("cannot create a typed view as " + iface.getName(), t);
            }
        });
    }

    private static Optional<MethodHandle> define(Class<?> iface, Method method, boolean[] funcrefParams,
                                                 boolean funcrefResult) {
        String name = Type.getInternalName(TypedBridges.class) + "$View";
        ClassWriter cw = BridgeClasses.start(name, Type.getInternalName(iface));
        BridgeClasses.emitConstructor(cw, name, "state", STATE_DESC);

        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, method.getName(), Type.getMethodDescriptor(method),
                null, null);
        mv.visitCode();
        Class<?>[] params = method.getParameterTypes();
        int local = 1;
        for (Class<?> p : params) {
            local += Type.getType(p).getSize();
        }
        int state = local;
        int store = local + 1;
        int slots = local + 2;
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, name, "state", STATE_DESC);
        mv.visitInsn(Opcodes.DUP);
        mv.visitVarInsn(Opcodes.ASTORE, state);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STATE, "store", "()" + BridgeClasses.STORE_DESC, false);
        mv.visitVarInsn(Opcodes.ASTORE, store);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STATE, "slots", "()" + BridgeClasses.SEGMENT_DESC, false);
        mv.visitVarInsn(Opcodes.ASTORE, slots);
        int arg = 1;
        for (int i = 0; i < params.length; i++) {
            Type t = Type.getType(params[i]);
            mv.visitVarInsn(Opcodes.ALOAD, store);
            mv.visitVarInsn(Opcodes.ALOAD, slots);
            mv.visitLdcInsn(i * RawValues.SLOT);
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), arg);
            BridgeClasses.emitPut(mv, params[i], funcrefParams[i]);
            arg += t.getSize();
        }
        mv.visitVarInsn(Opcodes.ALOAD, state);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STATE, "invoke", "()V", false);
        Class<?> result = method.getReturnType();
        if (result == void.class) {
            mv.visitInsn(Opcodes.RETURN);
        } else {
            mv.visitVarInsn(Opcodes.ALOAD, store);
            mv.visitVarInsn(Opcodes.ALOAD, slots);
            mv.visitInsn(Opcodes.LCONST_0);
            BridgeClasses.emitGet(mv, result, funcrefResult);
            mv.visitInsn(Type.getType(result).getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return BridgeClasses.define(cw).map(lookup -> {
            try {
                MethodHandle ctor = lookup.findConstructor(lookup.lookupClass(),
                        MethodType.methodType(void.class, TypedCallState.class));
                return ctor.asType(MethodType.methodType(Object.class, TypedCallState.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
