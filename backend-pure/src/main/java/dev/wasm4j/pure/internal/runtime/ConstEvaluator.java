package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.WasmException;
import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.ConstInstruction;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Evaluates constant expressions (global initializers, segment offsets and items) against a partly
 * built instance. Values come out boxed: Integer, Long, Float, Double, {@link V128} or a reference.
 */
final class ConstEvaluator {
    private static final int GLOBAL_GET = 0x23;
    private static final int I32_CONST = 0x41;
    private static final int I64_CONST = 0x42;
    private static final int F32_CONST = 0x43;
    private static final int F64_CONST = 0x44;
    private static final int I32_ADD = 0x6A;
    private static final int I32_SUB = 0x6B;
    private static final int I32_MUL = 0x6C;
    private static final int I64_ADD = 0x7C;
    private static final int I64_SUB = 0x7D;
    private static final int I64_MUL = 0x7E;
    private static final int REF_NULL = 0xD0;
    private static final int REF_FUNC = 0xD2;
    private static final int V128_CONST = 0xFD000C;

    private ConstEvaluator() {
    }

    static Object evaluate(ConstExpr expr, WasmInstance instance) {
        ConstInstruction single = expr.single();
        if (single != null) {
            return push(single, instance);
        }
        Deque<Object> stack = new ArrayDeque<>();
        for (ConstInstruction ins : expr.instructions()) {
            switch (ins.opcode()) {
                case I32_ADD, I32_SUB, I32_MUL -> {
                    int b = (Integer) stack.pop();
                    int a = (Integer) stack.pop();
                    stack.push(ins.opcode() == I32_ADD ? a + b : ins.opcode() == I32_SUB ? a - b : a * b);
                }
                case I64_ADD, I64_SUB, I64_MUL -> {
                    long b = (Long) stack.pop();
                    long a = (Long) stack.pop();
                    stack.push(ins.opcode() == I64_ADD ? a + b : ins.opcode() == I64_SUB ? a - b : a * b);
                }
                default -> {
                    Object v = push(ins, instance);
                    // ArrayDeque refuses null: a null reference is kept as a marker.
                    stack.push(v == null ? NULL : v);
                }
            }
        }
        Object result = stack.pop();
        return result == NULL ? null : result;
    }

    private static final Object NULL = new Object();

    private static Object push(ConstInstruction ins, WasmInstance instance) {
        return switch (ins.opcode()) {
            case I32_CONST -> (int) ins.immediate();
            case I64_CONST -> ins.immediate();
            case F32_CONST -> Float.intBitsToFloat((int) ins.immediate());
            case F64_CONST -> Double.longBitsToDouble(ins.immediate());
            case V128_CONST -> new V128(ins.immediate(), ins.immediate2());
            case REF_NULL -> null;
            case REF_FUNC -> instance.functions[(int) ins.immediate()];
            case GLOBAL_GET -> globalValue(instance.globals[(int) ins.immediate()]);
            default -> throw new WasmException("backend pure cannot evaluate constant instruction 0x"
                    + Integer.toHexString(ins.opcode()));
        };
    }

    private static Object globalValue(WasmGlobal g) {
        return Values.box(g.get());
    }
}
