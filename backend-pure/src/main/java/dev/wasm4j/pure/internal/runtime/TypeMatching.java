package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.ConcreteHeapType;
import dev.wasm4j.FuncType;
import dev.wasm4j.HeapType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;

import java.util.List;

/**
 * Subtyping of the value types externs carry, for linking and for values the host passes in. Without
 * GC, a concrete heap type is a function type, so it is a subtype of {@code func}; two concrete types
 * of different modules are compared as function references (their indices are module-relative), which
 * accepts a structurally different function type there: the reference is still called through its own
 * signature check.
 */
public final class TypeMatching {
    private TypeMatching() {
    }

    public static boolean isFunctionHeap(HeapType h) {
        return h == AbstractHeapType.FUNC || h == AbstractHeapType.NOFUNC || h instanceof ConcreteHeapType;
    }

    /** Whether a value of type {@code actual} may be used where {@code expected} is wanted. */
    public static boolean isSubtype(ValType actual, ValType expected) {
        if (actual instanceof RefType a && expected instanceof RefType e) {
            return (e.nullable() || !a.nullable()) && isSubHeap(a.heapType(), e.heapType());
        }
        return actual.equals(expected);
    }

    /** Equal up to module-relative type indices: each a subtype of the other. */
    public static boolean matchesExactly(ValType a, ValType b) {
        return isSubtype(a, b) && isSubtype(b, a);
    }

    public static boolean matchesExactly(FuncType a, FuncType b) {
        return allMatch(a.params(), b.params()) && allMatch(a.results(), b.results());
    }

    private static boolean allMatch(List<ValType> a, List<ValType> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!matchesExactly(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSubHeap(HeapType a, HeapType e) {
        if (a.equals(e)) {
            return true;
        }
        if (a instanceof ConcreteHeapType) {
            return e instanceof ConcreteHeapType || e == AbstractHeapType.FUNC;
        }
        if (a == AbstractHeapType.NOFUNC) {
            return isFunctionHeap(e);
        }
        return a == AbstractHeapType.NOEXTERN && e == AbstractHeapType.EXTERN;
    }
}
