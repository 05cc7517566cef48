package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.ConstInstruction;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Arrays;

/**
 * Validates constant expressions: only constant instructions (numbers, references, global.get of an
 * immutable visible global, extended-const arithmetic, GC allocation), and a result of the expected
 * type. Also collects the functions they reference, which function bodies may then ref.func.
 */
final class ConstExprValidator {
    private final WasmModule module;
    private final ModuleTypes types;
    private final java.util.Set<Feature> features;
    private final boolean[] referenced;
    private int[] stack = new int[8];
    private int sp;
    private int offset;

    ConstExprValidator(WasmModule module, ModuleTypes types, java.util.Set<Feature> features, boolean[] referenced) {
        this.module = module;
        this.types = types;
        this.features = features;
        this.referenced = referenced;
    }

    /**
     * @param visibleGlobals globals with a smaller index may be read
     * @param expected       the canonical type the expression must produce
     */
    void validate(ConstExpr expr, int visibleGlobals, int expected) {
        sp = 0;
        offset = expr.offset();
        for (ConstInstruction insn : expr.instructions()) {
            offset = insn.offset();
            instruction(insn, visibleGlobals);
        }
        if (sp != 1 || !types.isSubtype(stack[0], expected)) {
            throw error("type mismatch");
        }
    }

    /** The globals a constant expression may read: only imported ones before WebAssembly 3.0's GC. */
    int visibleGlobals(int definingGlobal) {
        if (features.contains(Feature.GC)) {
            return definingGlobal;
        }
        return Math.min(definingGlobal, module.numImportedGlobals());
    }

    private void instruction(ConstInstruction insn, int visibleGlobals) {
        int op = insn.opcode();
        switch (op) {
            case Opcodes.I32_CONST -> push(ValueTypes.I32);
            case Opcodes.I64_CONST -> push(ValueTypes.I64);
            case Opcodes.F32_CONST -> push(ValueTypes.F32);
            case Opcodes.F64_CONST -> push(ValueTypes.F64);
            case Opcodes.V128_CONST -> push(ValueTypes.V128);
            case Opcodes.REF_NULL -> {
                int ht = (int) insn.immediate();
                checkTypeReference(ht);
                push(ValueTypes.ref(true, types.canon(ht)));
            }
            case Opcodes.REF_FUNC -> {
                int f = (int) insn.immediate();
                if (f < 0 || f >= module.numFuncs()) {
                    throw error(Messages.unknown("function", f));
                }
                referenced[f] = true;
                push(ValueTypes.ref(false, types.canon(ValueTypes.concrete(module.funcTypeIndex(f)))));
            }
            case Opcodes.GLOBAL_GET -> {
                int g = (int) insn.immediate();
                if (g < 0 || g >= visibleGlobals) {
                    throw error(Messages.unknown("global", g));
                }
                if (module.global(g).mutable()) {
                    throw error("constant expression required");
                }
                push(types.canon(module.global(g).type()));
            }
            case Opcodes.I32_ADD, Opcodes.I32_SUB, Opcodes.I32_MUL -> arithmetic(ValueTypes.I32);
            case Opcodes.I64_ADD, Opcodes.I64_SUB, Opcodes.I64_MUL -> arithmetic(ValueTypes.I64);
            case Opcodes.STRUCT_NEW, Opcodes.STRUCT_NEW_DEFAULT -> structNew(insn, op == Opcodes.STRUCT_NEW_DEFAULT);
            case Opcodes.ARRAY_NEW, Opcodes.ARRAY_NEW_DEFAULT, Opcodes.ARRAY_NEW_FIXED -> arrayNew(insn, op);
            case Opcodes.REF_I31 -> {
                pop(ValueTypes.I32);
                push(ValueTypes.ref(false, ValueTypes.HT_I31));
            }
            case Opcodes.ANY_CONVERT_EXTERN -> convert(ValueTypes.HT_EXTERN, ValueTypes.HT_ANY);
            case Opcodes.EXTERN_CONVERT_ANY -> convert(ValueTypes.HT_ANY, ValueTypes.HT_EXTERN);
            default -> throw error("constant expression required");
        }
    }

    private void arithmetic(int type) {
        if (!features.contains(Feature.EXTENDED_CONST)) {
            throw error("constant expression required");
        }
        pop(type);
        pop(type);
        push(type);
    }

    private void structNew(ConstInstruction insn, boolean defaults) {
        int x = typeIndex(insn.immediate());
        if (!(types.def(x).composite() instanceof StructDef s)) {
            throw error("type mismatch");
        }
        for (int i = s.fieldCount() - 1; i >= 0; i--) {
            if (defaults) {
                requireDefaultable(s.fieldType(i));
            } else {
                pop(types.canon(ValueTypes.unpacked(s.fieldType(i))));
            }
        }
        push(ValueTypes.ref(false, types.canon(ValueTypes.concrete(x))));
    }

    private void arrayNew(ConstInstruction insn, int op) {
        int x = typeIndex(insn.immediate());
        if (!(types.def(x).composite() instanceof ArrayDef a)) {
            throw error("type mismatch");
        }
        int element = types.canon(ValueTypes.unpacked(a.elementType()));
        if (op == Opcodes.ARRAY_NEW_FIXED) {
            for (long n = insn.immediate2() & 0xFFFF_FFFFL; n > 0; n--) {
                pop(element);
            }
        } else {
            pop(ValueTypes.I32);
            if (op == Opcodes.ARRAY_NEW) {
                pop(element);
            } else {
                requireDefaultable(a.elementType());
            }
        }
        push(ValueTypes.ref(false, types.canon(ValueTypes.concrete(x))));
    }

    private void convert(int from, int to) {
        int actual = pop(ValueTypes.ref(true, from));
        push(ValueTypes.ref(ValueTypes.isNullable(actual), to));
    }

    private void requireDefaultable(int type) {
        if (!ValueTypes.isDefaultable(type)) {
            throw error("type mismatch");
        }
    }

    private int typeIndex(long index) {
        if (index < 0 || index >= types.count()) {
            throw error(Messages.unknown("type", index));
        }
        return (int) index;
    }

    private void checkTypeReference(int heapType) {
        if ((heapType & ValueTypes.CONCRETE) != 0) {
            typeIndex(ValueTypes.typeIndex(heapType));
        }
    }

    private void push(int type) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = type;
    }

    private int pop(int expected) {
        if (sp == 0 || !types.isSubtype(stack[sp - 1], expected)) {
            throw error("type mismatch");
        }
        return stack[--sp];
    }

    private InvalidModuleException error(String reason) {
        return Messages.invalid(-1, offset, reason);
    }
}
