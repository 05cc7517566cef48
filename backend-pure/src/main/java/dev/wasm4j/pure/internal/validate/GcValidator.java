package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.ValueTypes;

/** Validates the GC instructions (prefix 0xFB): structs, arrays, i31, casts and conversions. */
final class GcValidator {
    private final ModuleContext cx;
    private final ModuleTypes types;
    private final OperandStack stack;
    private final FunctionValidator f;

    GcValidator(ModuleContext cx, OperandStack stack, FunctionValidator f) {
        this.cx = cx;
        this.types = cx.types;
        this.stack = stack;
        this.f = f;
    }

    void validate(int op, CodeReader r) {
        switch (op) {
            case Opcodes.STRUCT_NEW -> {
                StructDef s = struct(r.index());
                for (int i = s.fieldCount() - 1; i >= 0; i--) {
                    stack.pop(unpacked(s.fieldType(i)));
                }
                stack.push(refTo(r.index()));
            }
            case Opcodes.STRUCT_NEW_DEFAULT -> {
                StructDef s = struct(r.index());
                for (int i = 0; i < s.fieldCount(); i++) {
                    requireDefaultable(s.fieldType(i));
                }
                stack.push(refTo(r.index()));
            }
            case Opcodes.STRUCT_GET, Opcodes.STRUCT_GET_S, Opcodes.STRUCT_GET_U -> {
                StructDef s = struct(r.index());
                int field = field(s, r.index2());
                requirePackedness(s.fieldType(field), op != Opcodes.STRUCT_GET);
                stack.pop(nullableRefTo(r.index()));
                stack.push(unpacked(s.fieldType(field)));
            }
            case Opcodes.STRUCT_SET -> {
                StructDef s = struct(r.index());
                int field = field(s, r.index2());
                if (!s.isFieldMutable(field)) {
                    throw stack.error("immutable field");
                }
                stack.pop(unpacked(s.fieldType(field)));
                stack.pop(nullableRefTo(r.index()));
            }
            case Opcodes.ARRAY_NEW -> {
                ArrayDef a = array(r.index());
                stack.pop(ValueTypes.I32);
                stack.pop(unpacked(a.elementType()));
                stack.push(refTo(r.index()));
            }
            case Opcodes.ARRAY_NEW_DEFAULT -> {
                ArrayDef a = array(r.index());
                requireDefaultable(a.elementType());
                stack.pop(ValueTypes.I32);
                stack.push(refTo(r.index()));
            }
            case Opcodes.ARRAY_NEW_FIXED -> {
                ArrayDef a = array(r.index());
                stack.popRepeated(unpacked(a.elementType()), r.index2() & 0xFFFF_FFFFL);
                stack.push(refTo(r.index()));
            }
            case Opcodes.ARRAY_NEW_DATA -> {
                ArrayDef a = array(r.index());
                requireNumericElements(a);
                f.data(r.index2());
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.push(refTo(r.index()));
            }
            case Opcodes.ARRAY_NEW_ELEM -> {
                ArrayDef a = array(r.index());
                requireElementsFit(r.index2(), a);
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.push(refTo(r.index()));
            }
            case Opcodes.ARRAY_GET, Opcodes.ARRAY_GET_S, Opcodes.ARRAY_GET_U -> {
                ArrayDef a = array(r.index());
                requirePackedness(a.elementType(), op != Opcodes.ARRAY_GET);
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index()));
                stack.push(unpacked(a.elementType()));
            }
            case Opcodes.ARRAY_SET -> {
                ArrayDef a = mutableArray(r.index());
                stack.pop(unpacked(a.elementType()));
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index()));
            }
            case Opcodes.ARRAY_LEN -> {
                stack.pop(ValueTypes.ref(true, ValueTypes.HT_ARRAY));
                stack.push(ValueTypes.I32);
            }
            case Opcodes.ARRAY_FILL -> {
                ArrayDef a = mutableArray(r.index());
                stack.pop(ValueTypes.I32);
                stack.pop(unpacked(a.elementType()));
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index()));
            }
            case Opcodes.ARRAY_COPY -> {
                ArrayDef dst = mutableArray(r.index());
                ArrayDef src = array(r.index2());
                if (!storageMatches(src.elementType(), dst.elementType())) {
                    throw stack.error("array types do not match");
                }
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index2()));
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index()));
            }
            case Opcodes.ARRAY_INIT_DATA, Opcodes.ARRAY_INIT_ELEM -> {
                ArrayDef a = mutableArray(r.index());
                if (op == Opcodes.ARRAY_INIT_DATA) {
                    requireNumericElements(a);
                    f.data(r.index2());
                } else {
                    requireElementsFit(r.index2(), a);
                }
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.pop(nullableRefTo(r.index()));
            }
            case Opcodes.REF_TEST, Opcodes.REF_TEST_NULL -> {
                int ht = f.heapType(r.heapType());
                stack.pop(ValueTypes.ref(true, types.topOf(ht)));
                stack.push(ValueTypes.I32);
            }
            case Opcodes.REF_CAST, Opcodes.REF_CAST_NULL -> {
                int ht = f.heapType(r.heapType());
                stack.pop(ValueTypes.ref(true, types.topOf(ht)));
                stack.push(ValueTypes.ref(op == Opcodes.REF_CAST_NULL, ht));
            }
            case Opcodes.BR_ON_CAST, Opcodes.BR_ON_CAST_FAIL -> brOnCast(op == Opcodes.BR_ON_CAST_FAIL, r);
            case Opcodes.ANY_CONVERT_EXTERN -> convert(ValueTypes.HT_EXTERN, ValueTypes.HT_ANY);
            case Opcodes.EXTERN_CONVERT_ANY -> convert(ValueTypes.HT_ANY, ValueTypes.HT_EXTERN);
            case Opcodes.REF_I31 -> {
                stack.pop(ValueTypes.I32);
                stack.push(ValueTypes.ref(false, ValueTypes.HT_I31));
            }
            case Opcodes.I31_GET_S, Opcodes.I31_GET_U -> {
                stack.pop(ValueTypes.ref(true, ValueTypes.HT_I31));
                stack.push(ValueTypes.I32);
            }
            default -> throw new IllegalStateException("no validation rule for " + Opcodes.describe(op));
        }
    }

    private void brOnCast(boolean onFail, CodeReader r) {
        int[] lt = f.labelTypes(r.index());
        int source = ValueTypes.ref((r.castFlags() & 1) != 0, f.heapType(r.heapType()));
        int target = ValueTypes.ref((r.castFlags() & 2) != 0, f.heapType(r.heapType2()));
        if (!types.isSubtype(target, source)) {
            throw stack.typeMismatch();
        }
        int difference = ValueTypes.ref(ValueTypes.isNullable(source) && !ValueTypes.isNullable(target),
                ValueTypes.heapType(source));
        int branched = onFail ? difference : target;
        int fallthrough = onFail ? target : difference;
        if (lt.length == 0 || !types.isSubtype(branched, lt[lt.length - 1])) {
            throw stack.typeMismatch();
        }
        stack.pop(source);
        stack.push(branched);
        stack.popAll(lt);
        f.pushPrefix(lt, lt.length - 1);
        stack.push(fallthrough);
    }

    private void convert(int from, int to) {
        int actual = stack.pop(ValueTypes.ref(true, from));
        boolean nullable = actual != ValueTypes.BOTTOM && ValueTypes.isNullable(actual);
        stack.push(ValueTypes.ref(nullable, to));
    }

    // ---- helpers

    private StructDef struct(int typeIndex) {
        f.typeIndex(typeIndex);
        if (!(types.def(typeIndex).composite() instanceof StructDef s)) {
            throw stack.typeMismatch();
        }
        return s;
    }

    private ArrayDef array(int typeIndex) {
        f.typeIndex(typeIndex);
        if (!(types.def(typeIndex).composite() instanceof ArrayDef a)) {
            throw stack.typeMismatch();
        }
        return a;
    }

    private ArrayDef mutableArray(int typeIndex) {
        ArrayDef a = array(typeIndex);
        if (!a.mutable()) {
            throw stack.error("immutable array");
        }
        return a;
    }

    private int field(StructDef s, int index) {
        if (index < 0 || index >= s.fieldCount()) {
            throw stack.error(Messages.unknown("field", index));
        }
        return index;
    }

    private void requirePackedness(int storageType, boolean mustBePacked) {
        if (ValueTypes.isPacked(storageType) != mustBePacked) {
            throw stack.typeMismatch();
        }
    }

    private void requireDefaultable(int storageType) {
        if (!ValueTypes.isDefaultable(storageType)) {
            throw stack.typeMismatch();
        }
    }

    private void requireNumericElements(ArrayDef a) {
        int t = a.elementType();
        if (ValueTypes.isRef(t)) {
            throw stack.error("array type is not numeric or vector");
        }
    }

    private void requireElementsFit(int segment, ArrayDef a) {
        int e = f.element(segment);
        if (!types.isSubtype(cx.elementTypes[e], types.canon(a.elementType()))) {
            throw stack.typeMismatch();
        }
    }

    private boolean storageMatches(int sub, int sup) {
        if (ValueTypes.isPacked(sub) || ValueTypes.isPacked(sup)) {
            return sub == sup;
        }
        return types.isSubtype(types.canon(sub), types.canon(sup));
    }

    private int unpacked(int storageType) {
        return types.canon(ValueTypes.unpacked(storageType));
    }

    private int refTo(int typeIndex) {
        return ValueTypes.ref(false, types.canon(ValueTypes.concrete(typeIndex)));
    }

    private int nullableRefTo(int typeIndex) {
        return ValueTypes.ref(true, types.canon(ValueTypes.concrete(typeIndex)));
    }
}
