package dev.wasm4j;

import java.util.Locale;

/** The heap types that need no type definition (WebAssembly 3.0 adds all but func and extern). */
public enum AbstractHeapType implements HeapType {
    FUNC, EXTERN, ANY, EQ, I31, STRUCT, ARRAY, EXN, NONE, NOFUNC, NOEXTERN, NOEXN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
