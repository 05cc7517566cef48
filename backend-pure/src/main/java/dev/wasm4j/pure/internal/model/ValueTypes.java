package dev.wasm4j.pure.internal.model;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.ConcreteHeapType;
import dev.wasm4j.HeapType;
import dev.wasm4j.NumType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;
import dev.wasm4j.VecType;

/**
 * The int coding of value, storage and heap types used by the decoder, validator and compiler, so that
 * hot paths compare ints instead of objects.
 *
 * <p>Number and vector types (and the packed storage types {@code i8}, {@code i16}) are their binary
 * codes. A reference type is {@link #REF}, plus {@link #NULLABLE} when null is a member, plus its heap
 * type. A heap type is the binary code of an abstract heap type, or {@link #CONCRETE} plus a type index.
 */
public final class ValueTypes {
    public static final int I32 = 0x7F;
    public static final int I64 = 0x7E;
    public static final int F32 = 0x7D;
    public static final int F64 = 0x7C;
    public static final int V128 = 0x7B;
    /** Packed storage types: only in struct and array fields. */
    public static final int I8 = 0x78;
    public static final int I16 = 0x77;

    public static final int REF = 0x4000_0000;
    public static final int NULLABLE = 0x2000_0000;
    public static final int CONCRETE = 0x1000_0000;
    public static final int HEAP_MASK = 0x1FFF_FFFF;
    public static final int INDEX_MASK = 0x0FFF_FFFF;

    public static final int HT_NOEXN = 0x74;
    public static final int HT_NOFUNC = 0x73;
    public static final int HT_NOEXTERN = 0x72;
    public static final int HT_NONE = 0x71;
    public static final int HT_FUNC = 0x70;
    public static final int HT_EXTERN = 0x6F;
    public static final int HT_ANY = 0x6E;
    public static final int HT_EQ = 0x6D;
    public static final int HT_I31 = 0x6C;
    public static final int HT_STRUCT = 0x6B;
    public static final int HT_ARRAY = 0x6A;
    public static final int HT_EXN = 0x69;
    /** The heap type of a reference popped from an unreachable stack: a subtype of every heap type. */
    public static final int HT_BOTTOM = 0x01;

    /** The unknown type of the validator's unreachable code: matches every value type. */
    public static final int BOTTOM = 0;

    public static final int FUNCREF = REF | NULLABLE | HT_FUNC;
    public static final int EXTERNREF = REF | NULLABLE | HT_EXTERN;
    public static final int ANYREF = REF | NULLABLE | HT_ANY;
    public static final int EXNREF = REF | NULLABLE | HT_EXN;

    private ValueTypes() {
    }

    public static int ref(boolean nullable, int heapType) {
        return REF | (nullable ? NULLABLE : 0) | heapType;
    }

    public static int concrete(int typeIndex) {
        return CONCRETE | (typeIndex & INDEX_MASK);
    }

    public static boolean isRef(int type) {
        return (type & REF) != 0;
    }

    public static boolean isNullable(int refType) {
        return (refType & NULLABLE) != 0;
    }

    public static int heapType(int refType) {
        return refType & HEAP_MASK;
    }

    public static boolean isConcrete(int heapType) {
        return (heapType & CONCRETE) != 0;
    }

    public static int typeIndex(int heapType) {
        return heapType & INDEX_MASK;
    }

    public static boolean isNumeric(int type) {
        return type >= F64 && type <= I32;
    }

    public static boolean isPacked(int storageType) {
        return storageType == I8 || storageType == I16;
    }

    /** The type a packed field is read as on the operand stack. */
    public static int unpacked(int storageType) {
        return isPacked(storageType) ? I32 : storageType;
    }

    /** Numbers, vectors and nullable references have a default value; non-null references do not. */
    public static boolean isDefaultable(int type) {
        return !isRef(type) || isNullable(type);
    }

    /** Whether the code is one of the abstract heap types of the binary format. */
    public static boolean isAbstractHeapCode(int code) {
        return code >= HT_EXN && code <= HT_NOEXN;
    }

    /** Byte size of a storage type, used for field and element layout. */
    public static int byteSize(int storageType) {
        return switch (storageType) {
            case I8 -> 1;
            case I16 -> 2;
            case I32, F32 -> 4;
            case V128 -> 16;
            default -> 8;
        };
    }

    /** The public API's form of a value type. */
    public static ValType toApi(int type) {
        return switch (type) {
            case I32 -> NumType.I32;
            case I64 -> NumType.I64;
            case F32 -> NumType.F32;
            case F64 -> NumType.F64;
            case V128 -> VecType.V128;
            default -> toApiRef(type);
        };
    }

    public static RefType toApiRef(int refType) {
        if (!isRef(refType)) {
            throw new IllegalArgumentException("not a reference type: " + toString(refType));
        }
        return new RefType(isNullable(refType), toApiHeap(heapType(refType)));
    }

    public static HeapType toApiHeap(int heapType) {
        if (isConcrete(heapType)) {
            return new ConcreteHeapType(typeIndex(heapType));
        }
        return switch (heapType) {
            case HT_FUNC -> AbstractHeapType.FUNC;
            case HT_EXTERN -> AbstractHeapType.EXTERN;
            case HT_ANY -> AbstractHeapType.ANY;
            case HT_EQ -> AbstractHeapType.EQ;
            case HT_I31 -> AbstractHeapType.I31;
            case HT_STRUCT -> AbstractHeapType.STRUCT;
            case HT_ARRAY -> AbstractHeapType.ARRAY;
            case HT_EXN -> AbstractHeapType.EXN;
            case HT_NONE -> AbstractHeapType.NONE;
            case HT_NOFUNC -> AbstractHeapType.NOFUNC;
            case HT_NOEXTERN -> AbstractHeapType.NOEXTERN;
            case HT_NOEXN -> AbstractHeapType.NOEXN;
            default -> throw new IllegalArgumentException("no API form for heap type " + heapType);
        };
    }

    /** Text-format spelling, for messages. */
    public static String toString(int type) {
        return switch (type) {
            case BOTTOM -> "bot";
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            case I8 -> "i8";
            case I16 -> "i16";
            default -> isRef(type)
                    ? "(ref " + (isNullable(type) ? "null " : "") + heapTypeToString(heapType(type)) + ")"
                    : "type#" + Integer.toHexString(type);
        };
    }

    public static String heapTypeToString(int heapType) {
        if (heapType == HT_BOTTOM) {
            return "bot";
        }
        return isConcrete(heapType) ? Integer.toString(typeIndex(heapType)) : toApiHeap(heapType).toString();
    }
}
