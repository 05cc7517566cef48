package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.runtime.WasmInstance;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * How wasm value types (int-coded, see {@link ValueTypes}) look on the JVM: i32 int, i64 long, f32 float,
 * f64 double, v128 an immutable {@code V128}, every reference type Object. Mirrors {@link dev.wasm4j.pure.internal.runtime.Signatures}.
 */
final class JvmTypes {
    static final String OBJECT = "java/lang/Object";
    static final String INSTANCE = Type.getInternalName(WasmInstance.class);
    static final String INSTANCE_DESC = "L" + INSTANCE + ";";
    static final String V128 = Type.getInternalName(dev.wasm4j.pure.internal.runtime.V128.class);
    static final String V128_DESC = "L" + V128 + ";";

    private JvmTypes() {
    }

    static String descriptor(int type) {
        return switch (type) {
            case ValueTypes.I32 -> "I";
            case ValueTypes.I64 -> "J";
            case ValueTypes.F32 -> "F";
            case ValueTypes.F64 -> "D";
            case ValueTypes.V128 -> V128_DESC;
            default -> {
                if (ValueTypes.isRef(type)) {
                    yield "Ljava/lang/Object;";
                }
                throw new UnsupportedOperationException("backend pure does not compile values of type "
                        + ValueTypes.toString(type));
            }
        };
    }

    static Type asmType(int type) {
        return Type.getType(descriptor(type));
    }

    /** JVM local slots a value of the type takes. */
    static int size(int type) {
        return type == ValueTypes.I64 || type == ValueTypes.F64 ? 2 : 1;
    }

    /** Whether values of the type are JVM objects: references, and a v128 as its {@code V128}. */
    static boolean isObject(int type) {
        return type == ValueTypes.V128 || ValueTypes.isRef(type);
    }

    static boolean isWide(int type) {
        return size(type) == 2;
    }

    static int loadOpcode(int type) {
        return asmType(type).getOpcode(Opcodes.ILOAD);
    }

    static int storeOpcode(int type) {
        return asmType(type).getOpcode(Opcodes.ISTORE);
    }

    static int returnOpcode(int type) {
        return asmType(type).getOpcode(Opcodes.IRETURN);
    }

    static int popOpcode(int type) {
        return isWide(type) ? Opcodes.POP2 : Opcodes.POP;
    }

    /** The return descriptor: V, the single result, or an Object[] of boxed results. */
    static String returnDescriptor(FuncSig sig) {
        return switch (sig.resultCount()) {
            case 0 -> "V";
            case 1 -> descriptor(sig.result(0));
            default -> "[Ljava/lang/Object;";
        };
    }

    /** The compiled method's descriptor: parameters, then the trailing instance. */
    static String methodDescriptor(FuncSig sig) {
        return methodDescriptor(sig, "");
    }

    /** Like {@link #methodDescriptor(FuncSig)} with extra descriptors between parameters and instance. */
    static String methodDescriptor(FuncSig sig, String extra) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < sig.paramCount(); i++) {
            sb.append(descriptor(sig.param(i)));
        }
        return sb.append(extra).append(INSTANCE_DESC).append(')').append(returnDescriptor(sig)).toString();
    }

    static int parameterSlots(FuncSig sig) {
        int slots = 0;
        for (int i = 0; i < sig.paramCount(); i++) {
            slots += size(sig.param(i));
        }
        return slots;
    }

    /** The boxed class of a type, for multi-value results in Object[]. */
    static String boxClass(int type) {
        return switch (type) {
            case ValueTypes.I32 -> "java/lang/Integer";
            case ValueTypes.I64 -> "java/lang/Long";
            case ValueTypes.F32 -> "java/lang/Float";
            case ValueTypes.F64 -> "java/lang/Double";
            case ValueTypes.V128 -> V128;
            default -> OBJECT;
        };
    }

    /** [Object] -> [value of {@code type}]: casts a boxed value back (numbers unboxed, a v128 or a reference cast). */
    static void emitUnbox(MethodVisitor mv, int type) {
        String box = boxClass(type);
        if (!box.equals(OBJECT)) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, box);
        }
        String unbox = unboxMethod(type);
        if (unbox != null) {
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, unbox, "()" + descriptor(type), false);
        }
    }

    private static String unboxMethod(int type) {
        return switch (type) {
            case ValueTypes.I32 -> "intValue";
            case ValueTypes.I64 -> "longValue";
            case ValueTypes.F32 -> "floatValue";
            case ValueTypes.F64 -> "doubleValue";
            default -> null;
        };
    }
}
