package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.runtime.RelaxedSimd;
import dev.wasm4j.pure.internal.runtime.Simd;
import dev.wasm4j.pure.internal.validate.SimpleSignatures;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The fixed-width SIMD instructions. A v128 is an immutable {@code V128} object on the JVM, and every
 * instruction but {@code v128.const} is a call of the {@link Simd} method named after it, whose
 * descriptor follows from the instruction's operand types; immediates (lane index, shuffle lanes)
 * become trailing constant arguments, and a memory access passes the memory's {@code byte[]} and the
 * effective index in place of the address (computed as for scalar accesses, 64-bit memories included). The calls are small and static, so the JIT inlines them.
 * The relaxed-SIMD instructions call {@link RelaxedSimd} the same way.
 */
final class SimdEmitters {
    private static final String SIMD = Type.getInternalName(Simd.class);
    private static final String RELAXED_SIMD = Type.getInternalName(RelaxedSimd.class);
    private static final String MEMORY_DESC = "[BI";

    private SimdEmitters() {
    }

    static void register() {
        for (int sub = 0; sub <= 0xFFFF; sub++) {
            int op = Opcodes.PREFIX_SIMD << 16 | sub;
            if (!Opcodes.isDefined(op)
                    || (Opcodes.feature(op) != Feature.SIMD && Opcodes.feature(op) != Feature.RELAXED_SIMD)) {
                continue;
            }
            EmitterTable.put(op, emitterFor(op));
        }
    }

    private static InstructionEmitter emitterFor(int op) {
        String method = Opcodes.name(op).replace('.', '_');
        if (op == Opcodes.V128_CONST) {
            return (c, r) -> {
                c.v128const(r.v128Low(), r.v128High());
                c.stack().push(ValueTypes.V128);
            };
        }
        return switch (Opcodes.immediates(op)) {
            case Opcodes.IMM_MEMARG -> memory(op, method, false);
            case Opcodes.IMM_MEMARG_LANE -> memory(op, method, true);
            case Opcodes.IMM_SHUFFLE -> (c, r) -> {
                c.stack().pop(2);
                c.lconst(r.v128Low());
                c.lconst(r.v128High());
                c.invokeStatic(SIMD, method, "(" + JvmTypes.V128_DESC + JvmTypes.V128_DESC + "JJ)"
                        + JvmTypes.V128_DESC);
                c.stack().push(ValueTypes.V128);
            };
            case Opcodes.IMM_LANE -> call(op, method, true);
            default -> call(op, method, false);
        };
    }

    /** Operands as the signature says, the lane index after them when {@code lane}. */
    private static InstructionEmitter call(int op, String method, boolean lane) {
        int[] params = SimpleSignatures.params(op);
        int[] results = SimpleSignatures.results(op);
        String desc = descriptor(params, lane ? "I" : "", results);
        String owner = Opcodes.feature(op) == Feature.RELAXED_SIMD ? RELAXED_SIMD : SIMD;
        return (c, r) -> {
            c.stack().pop(params.length);
            if (lane) {
                c.iconst(r.lane());
            }
            c.invokeStatic(owner, method, desc);
            c.stack().pushAll(results);
        };
    }

    /**
     * Loads take {@code [addr]}, stores and lane accesses {@code [addr, v128]}: the v128 waits in a scratch
     * local while the address becomes {@code (byte[], index)}.
     */
    private static InstructionEmitter memory(int op, String method, boolean lane) {
        boolean store = Opcodes.name(op).contains("store");
        boolean takesVector = store || lane;
        String desc = "(" + MEMORY_DESC + (takesVector ? JvmTypes.V128_DESC : "") + (lane ? "I" : "") + ")"
                + (store ? "V" : JvmTypes.V128_DESC);
        return (c, r) -> {
            MethodVisitor mv = c.mv();
            c.markPosition();
            int vector = -1;
            if (takesVector) {
                c.stack().pop();
                vector = c.locals().borrow(ValueTypes.V128);
                mv.visitVarInsn(org.objectweb.asm.Opcodes.ASTORE, vector);
            }
            c.stack().pop();
            MemoryEmitters.effectiveIndex(c, r);
            c.loadMemoryBytes(r.memory());
            mv.visitInsn(org.objectweb.asm.Opcodes.SWAP);
            if (takesVector) {
                mv.visitVarInsn(org.objectweb.asm.Opcodes.ALOAD, vector);
                c.locals().giveBack(ValueTypes.V128, vector);
            }
            if (lane) {
                c.iconst(r.lane());
            }
            c.invokeStatic(SIMD, method, desc);
            if (!store) {
                c.stack().push(ValueTypes.V128);
            }
        };
    }

    private static String descriptor(int[] params, String extra, int[] results) {
        StringBuilder sb = new StringBuilder("(");
        for (int p : params) {
            sb.append(JvmTypes.descriptor(p));
        }
        sb.append(extra).append(')');
        sb.append(results.length == 0 ? "V" : JvmTypes.descriptor(results[0]));
        return sb.toString();
    }
}
