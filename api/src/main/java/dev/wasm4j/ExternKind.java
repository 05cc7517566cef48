package dev.wasm4j;

import java.util.Locale;

/** The kinds of definitions a module can import or export. */
public enum ExternKind {
    FUNC, TABLE, MEMORY, GLOBAL, TAG;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
