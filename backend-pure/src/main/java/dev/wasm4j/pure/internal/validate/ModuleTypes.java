package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.CompositeType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.SubType;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.Arrays;
import java.util.List;

/**
 * The module's type index space after canonicalization: equivalent types (structurally identical
 * recursion groups, compared with indices inside a group taken relative to it) share one representative
 * index, so that type equality is int equality once every concrete heap type is replaced by its
 * representative ({@link #canon(int)}). Also answers subtyping between value and heap types, which the
 * validator and a compiler (for call_indirect and cast checks) both need.
 */
public final class ModuleTypes {
    private final List<SubType> defs;
    private final int[] representative;
    private final int[] superOf;
    /** For each representative type, the number of supertypes above it (bounded, so walks are short). */
    private final int[] depth;
    private final int[][] params;
    private final int[][] results;

    /** Starts with every type its own representative; {@link TypeSectionValidator} fills in the rest. */
    ModuleTypes(List<SubType> defs) {
        this.defs = defs;
        this.representative = new int[defs.size()];
        this.superOf = new int[defs.size()];
        this.depth = new int[defs.size()];
        for (int i = 0; i < representative.length; i++) {
            representative[i] = i;
            superOf[i] = -1;
        }
        this.params = new int[defs.size()][];
        this.results = new int[defs.size()][];
    }

    void setRepresentative(int typeIndex, int rep) {
        representative[typeIndex] = rep;
    }

    /**
     * Records the canonical supertype of a representative type. Supertypes come first in the index
     * space, so their depth is already known.
     */
    void setSuper(int typeIndex, int superRepresentative) {
        superOf[typeIndex] = superRepresentative;
        depth[typeIndex] = depth[superRepresentative] + 1;
    }

    /** The number of supertypes above a type. */
    int depth(int typeIndex) {
        return depth[representative[typeIndex]];
    }

    /** Caches the canonical signatures once every representative is known. */
    void finish() {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).composite() instanceof FuncSig sig) {
                params[i] = canonAll(sig.params());
                results[i] = canonAll(sig.results());
            }
        }
    }

    public int count() {
        return defs.size();
    }

    public SubType def(int typeIndex) {
        return defs.get(typeIndex);
    }

    /** The smallest type index equivalent to {@code typeIndex}. */
    public int representative(int typeIndex) {
        return representative[typeIndex];
    }

    public boolean isFunc(int typeIndex) {
        return defs.get(typeIndex).composite() instanceof FuncSig;
    }

    public boolean isStruct(int typeIndex) {
        return defs.get(typeIndex).composite() instanceof StructDef;
    }

    public boolean isArray(int typeIndex) {
        return defs.get(typeIndex).composite() instanceof ArrayDef;
    }

    /** Canonical parameter types of function type {@code typeIndex}. Shared: do not modify. */
    int[] params(int typeIndex) {
        return params[typeIndex];
    }

    /** Canonical result types of function type {@code typeIndex}. Shared: do not modify. */
    int[] results(int typeIndex) {
        return results[typeIndex];
    }

    /** The value (or storage, or heap) type with any concrete type index replaced by its representative. */
    public int canon(int type) {
        if ((type & ValueTypes.CONCRETE) == 0) {
            return type;
        }
        int index = ValueTypes.typeIndex(type);
        if (index >= representative.length) {
            return type;
        }
        return (type & ~ValueTypes.INDEX_MASK) | representative[index];
    }

    int[] canonAll(int[] types) {
        int[] out = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = canon(types[i]);
        }
        return out;
    }

    /** Whether value type {@code a} matches {@code b}; both canonical. */
    public boolean isSubtype(int a, int b) {
        if (a == b || a == ValueTypes.BOTTOM) {
            return true;
        }
        if (!ValueTypes.isRef(a) || !ValueTypes.isRef(b)) {
            return false;
        }
        if (ValueTypes.isNullable(a) && !ValueTypes.isNullable(b)) {
            return false;
        }
        return isHeapSubtype(ValueTypes.heapType(a), ValueTypes.heapType(b));
    }

    /** Whether heap type {@code a} matches {@code b}; both canonical. */
    public boolean isHeapSubtype(int a, int b) {
        if (a == b || a == ValueTypes.HT_BOTTOM) {
            return true;
        }
        boolean concreteA = ValueTypes.isConcrete(a);
        boolean concreteB = ValueTypes.isConcrete(b);
        if (concreteA && concreteB) {
            int target = ValueTypes.typeIndex(b);
            int x = ValueTypes.typeIndex(a);
            for (int steps = depth[x] - depth[target]; steps > 0; steps--) {
                x = superOf[x];
            }
            return x == target;
        }
        if (concreteA) {
            return isHeapSubtype(abstractKind(a), b);
        }
        if (concreteB) {
            int kind = abstractKind(b);
            return (a == ValueTypes.HT_NONE && kind != ValueTypes.HT_FUNC)
                    || (a == ValueTypes.HT_NOFUNC && kind == ValueTypes.HT_FUNC);
        }
        return switch (a) {
            case ValueTypes.HT_NONE -> b == ValueTypes.HT_ANY || b == ValueTypes.HT_EQ || b == ValueTypes.HT_I31
                    || b == ValueTypes.HT_STRUCT || b == ValueTypes.HT_ARRAY;
            case ValueTypes.HT_I31, ValueTypes.HT_STRUCT, ValueTypes.HT_ARRAY ->
                    b == ValueTypes.HT_EQ || b == ValueTypes.HT_ANY;
            case ValueTypes.HT_EQ -> b == ValueTypes.HT_ANY;
            case ValueTypes.HT_NOFUNC -> b == ValueTypes.HT_FUNC;
            case ValueTypes.HT_NOEXTERN -> b == ValueTypes.HT_EXTERN;
            case ValueTypes.HT_NOEXN -> b == ValueTypes.HT_EXN;
            default -> false;
        };
    }

    /** The abstract heap type directly above a concrete one: func, struct or array. */
    private int abstractKind(int concreteHeapType) {
        CompositeType c = defs.get(ValueTypes.typeIndex(concreteHeapType)).composite();
        return c instanceof FuncSig ? ValueTypes.HT_FUNC : c instanceof StructDef ? ValueTypes.HT_STRUCT
                : ValueTypes.HT_ARRAY;
    }

    /** The top of the hierarchy a heap type belongs to: any, func, extern or exn. */
    public int topOf(int heapType) {
        if (heapType == ValueTypes.HT_BOTTOM) {
            return heapType;
        }
        int h = ValueTypes.isConcrete(heapType) ? abstractKind(heapType) : heapType;
        return switch (h) {
            case ValueTypes.HT_FUNC, ValueTypes.HT_NOFUNC -> ValueTypes.HT_FUNC;
            case ValueTypes.HT_EXTERN, ValueTypes.HT_NOEXTERN -> ValueTypes.HT_EXTERN;
            case ValueTypes.HT_EXN, ValueTypes.HT_NOEXN -> ValueTypes.HT_EXN;
            default -> ValueTypes.HT_ANY;
        };
    }

    /** Whether struct or array field types match: same mutability, and subtyping unless mutable. */
    boolean fieldMatches(int subType, boolean subMutable, int superType, boolean superMutable) {
        if (subMutable != superMutable) {
            return false;
        }
        if (ValueTypes.isPacked(subType) || ValueTypes.isPacked(superType)) {
            return subType == superType;
        }
        int a = canon(subType);
        int b = canon(superType);
        return subMutable ? a == b : isSubtype(a, b);
    }

    /** Whether composite type {@code sub} may declare {@code sup} as its supertype. */
    boolean compositeMatches(CompositeType sub, CompositeType sup) {
        if (sub instanceof FuncSig f && sup instanceof FuncSig g) {
            if (f.paramCount() != g.paramCount() || f.resultCount() != g.resultCount()) {
                return false;
            }
            for (int i = 0; i < f.paramCount(); i++) {
                if (!isSubtype(canon(g.param(i)), canon(f.param(i)))) {
                    return false;
                }
            }
            for (int i = 0; i < f.resultCount(); i++) {
                if (!isSubtype(canon(f.result(i)), canon(g.result(i)))) {
                    return false;
                }
            }
            return true;
        }
        if (sub instanceof StructDef s && sup instanceof StructDef t) {
            if (s.fieldCount() < t.fieldCount()) {
                return false;
            }
            for (int i = 0; i < t.fieldCount(); i++) {
                if (!fieldMatches(s.fieldType(i), s.isFieldMutable(i), t.fieldType(i), t.isFieldMutable(i))) {
                    return false;
                }
            }
            return true;
        }
        if (sub instanceof ArrayDef a && sup instanceof ArrayDef b) {
            return fieldMatches(a.elementType(), a.mutable(), b.elementType(), b.mutable());
        }
        return false;
    }

    @Override
    public String toString() {
        return "ModuleTypes" + Arrays.toString(representative);
    }
}
