package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Extern;
import dev.wasm4j.ExternType;
import dev.wasm4j.FuncType;
import dev.wasm4j.GlobalType;
import dev.wasm4j.LinkException;
import dev.wasm4j.MemoryType;
import dev.wasm4j.TableType;
import dev.wasm4j.TagType;
import dev.wasm4j.ValType;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.Import;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.OptionalLong;

/**
 * The import type checks of instantiation: function types must be equal, memories and tables must match
 * by address type (i32 or i64), limits subtyping (current size at least the minimum, maximum within the
 * maximum) and element type,
 * globals the same mutability and a matching value type (see {@link TypeMatching}).
 */
final class ImportChecks {
    private ImportChecks() {
    }

    static WasmFunction function(Import imp, Extern extern, FuncType expected) {
        if (!(extern instanceof WasmFunction f)) {
            throw mismatch(imp, expected, extern);
        }
        if (!TypeMatching.matchesExactly(f.type, expected)) {
            throw mismatch(imp, expected, extern);
        }
        return f;
    }

    static WasmMemory memory(Import imp, Extern extern, MemoryDef def) {
        if (!(extern instanceof WasmMemory m)) {
            throw mismatch(imp, describe(def), extern);
        }
        MemoryType actual = m.type();
        if (actual.memory64() != def.memory64() || actual.pageSizeLog2() != def.pageSizeLog2() || !limitsMatch(actual.minimum(), actual.maximum().isPresent(), actual.maximum().orElse(0),
                def.min(), def.hasMax(), def.max())) {
            throw mismatch(imp, describe(def), extern);
        }
        return m;
    }

    static WasmTable table(Import imp, Extern extern, TableDef def) {
        if (!(extern instanceof WasmTable t)) {
            throw mismatch(imp, describe(def), extern);
        }
        TableType actual = t.type();
        if (actual.table64() != def.table64()) {
            throw mismatch(imp, describe(def), extern);
        }
        if (!TypeMatching.matchesExactly(actual.elementType(), ValueTypes.toApiRef(def.elementType()))
                || !limitsMatch(actual.minimum(), actual.maximum().isPresent(), actual.maximum().orElse(0),
                def.min(), def.hasMax(), def.max())) {
            throw mismatch(imp, describe(def), extern);
        }
        return t;
    }

    static WasmTag tag(Import imp, Extern extern, FuncType expected) {
        TagType want = new TagType(expected);
        if (!(extern instanceof WasmTag t) || !TypeMatching.matchesExactly(t.type().type(), expected)) {
            throw mismatch(imp, want, extern);
        }
        return t;
    }

    static WasmGlobal global(Import imp, Extern extern, GlobalDef def) {
        GlobalType expected = new GlobalType(ValueTypes.toApi(def.type()), def.mutable());
        if (!(extern instanceof WasmGlobal g) || g.type().mutable() != expected.mutable()) {
            throw mismatch(imp, expected, extern);
        }
        // An immutable global's type is covariant; a mutable one is read and written, so invariant.
        ValType actual = g.type().type();
        boolean typeMatches = expected.mutable() ? TypeMatching.matchesExactly(actual, expected.type())
                : TypeMatching.isSubtype(actual, expected.type());
        if (!typeMatches) {
            throw mismatch(imp, expected, extern);
        }
        return g;
    }

    /** Limits subtyping with unsigned bounds. */
    private static boolean limitsMatch(long min, boolean hasMax, long max, long wantMin, boolean wantHasMax,
                                       long wantMax) {
        if (Long.compareUnsigned(min, wantMin) < 0) {
            return false;
        }
        return !wantHasMax || hasMax && Long.compareUnsigned(max, wantMax) <= 0;
    }

    private static MemoryType describe(MemoryDef def) {
        return new MemoryType(def.min(), max(def.hasMax(), def.max()), def.memory64(), def.shared(),
                def.pageSizeLog2());
    }

    private static TableType describe(TableDef def) {
        return new TableType(ValueTypes.toApiRef(def.elementType()), def.min(), max(def.hasMax(), def.max()),
                def.table64());
    }

    static LinkException mismatch(Import imp, Object expected, Extern actual) {
        String got = actual == null ? "nothing" : String.valueOf(typeOf(actual));
        return new LinkException(imp.module(), imp.name(), "incompatible import type for " + imp.module() + "::"
                + imp.name() + ": expected " + expected + ", got " + got);
    }

    private static ExternType typeOf(Extern e) {
        try {
            return e.type();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static OptionalLong max(boolean hasMax, long max) {
        return hasMax ? OptionalLong.of(max) : OptionalLong.empty();
    }
}
