package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.CompositeType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.SubType;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates the type section one recursion group at a time (references stay within the groups defined
 * so far, declared supertypes are earlier, not final and structurally matched) and canonicalizes the
 * groups into a {@link ModuleTypes}.
 */
final class TypeSectionValidator {
    /** The deepest subtype chain accepted, as in the JS API's implementation limits. */
    static final int MAX_SUBTYPING_DEPTH = 63;

    private final List<SubType> defs;
    private final ModuleTypes types;
    private final Map<Key, Integer> groupsByStructure = new HashMap<>();
    private int[] key = new int[64];
    private int keyLength;

    private TypeSectionValidator(List<SubType> defs) {
        this.defs = defs;
        this.types = new ModuleTypes(defs);
    }

    static ModuleTypes validate(List<SubType> defs) {
        TypeSectionValidator v = new TypeSectionValidator(defs);
        for (int start = 0; start < defs.size(); ) {
            int size = defs.get(start).recGroupSize();
            v.validateGroup(start, start + size);
            start += size;
        }
        v.types.finish();
        return v.types;
    }

    private void validateGroup(int start, int end) {
        for (int i = start; i < end; i++) {
            checkReferences(defs.get(i), end);
        }
        canonicalize(start, end);
        for (int i = start; i < end; i++) {
            if (types.depth(i) > MAX_SUBTYPING_DEPTH) {
                throw error("subtyping depth of type " + i + " exceeds the limit of " + MAX_SUBTYPING_DEPTH);
            }
        }
        for (int i = start; i < end; i++) {
            checkSupertype(i);
        }
    }

    private void checkReferences(SubType def, int limit) {
        for (int s = 0; s < def.supertypeCount(); s++) {
            if (def.supertype(s) >= limit) {
                throw error(Messages.unknown("type", def.supertype(s)));
            }
        }
        CompositeType c = def.composite();
        if (c instanceof FuncSig f) {
            for (int i = 0; i < f.paramCount(); i++) {
                checkReference(f.param(i), limit);
            }
            for (int i = 0; i < f.resultCount(); i++) {
                checkReference(f.result(i), limit);
            }
        } else if (c instanceof StructDef s) {
            for (int i = 0; i < s.fieldCount(); i++) {
                checkReference(s.fieldType(i), limit);
            }
        } else if (c instanceof ArrayDef a) {
            checkReference(a.elementType(), limit);
        }
    }

    private void checkReference(int type, int limit) {
        if ((type & ValueTypes.CONCRETE) != 0 && ValueTypes.typeIndex(type) >= limit) {
            throw error(Messages.unknown("type", ValueTypes.typeIndex(type)));
        }
    }

    private void checkSupertype(int index) {
        SubType def = defs.get(index);
        if (def.supertypeCount() == 0) {
            return;
        }
        if (def.supertypeCount() > 1) {
            throw error("multiple supertypes");
        }
        int sup = def.supertype(0);
        if (sup >= index) {
            throw error(Messages.unknown("type", sup));
        }
        SubType superDef = defs.get(sup);
        if (superDef.isFinal() || !types.compositeMatches(def.composite(), superDef.composite())) {
            throw error("sub type " + index + " does not match super type " + sup);
        }

    }

    private void canonicalize(int start, int end) {
        keyLength = 0;
        add(end - start);
        for (int i = start; i < end; i++) {
            encode(defs.get(i), start);
        }
        Key k = new Key(Arrays.copyOf(key, keyLength));
        Integer existing = groupsByStructure.putIfAbsent(k, start);
        for (int i = start; i < end; i++) {
            int rep = existing == null ? i : types.representative(existing + (i - start));
            types.setRepresentative(i, rep);
        }
        if (existing == null) {
            for (int i = start; i < end; i++) {
                SubType def = defs.get(i);
                // Invalid declarations (several, or forward) are reported by checkSupertype.
                if (def.supertypeCount() == 1 && def.supertype(0) < i) {
                    types.setSuper(i, types.representative(def.supertype(0)));
                }
            }
        }
    }

    private void encode(SubType def, int groupStart) {
        add(def.isFinal() ? 1 : 0);
        add(def.supertypeCount());
        for (int s = 0; s < def.supertypeCount(); s++) {
            add(encodeIndex(def.supertype(s), groupStart));
        }
        CompositeType c = def.composite();
        if (c instanceof FuncSig f) {
            add(1);
            add(f.paramCount());
            for (int i = 0; i < f.paramCount(); i++) {
                encodeType(f.param(i), groupStart);
            }
            add(f.resultCount());
            for (int i = 0; i < f.resultCount(); i++) {
                encodeType(f.result(i), groupStart);
            }
        } else if (c instanceof StructDef s) {
            add(2);
            add(s.fieldCount());
            for (int i = 0; i < s.fieldCount(); i++) {
                encodeType(s.fieldType(i), groupStart);
                add(s.isFieldMutable(i) ? 1 : 0);
            }
        } else if (c instanceof ArrayDef a) {
            add(3);
            encodeType(a.elementType(), groupStart);
            add(a.mutable() ? 1 : 0);
        }
    }

    /** Inside the group an index is relative (negative); outside it is the canonical representative. */
    private int encodeIndex(int index, int groupStart) {
        return index >= groupStart ? -1 - (index - groupStart) : types.representative(index);
    }

    private void encodeType(int type, int groupStart) {
        if ((type & ValueTypes.CONCRETE) != 0) {
            add(type & ~ValueTypes.INDEX_MASK);
            add(encodeIndex(ValueTypes.typeIndex(type), groupStart));
        } else {
            add(type);
            add(0);
        }
    }

    private void add(int v) {
        if (keyLength == key.length) {
            key = Arrays.copyOf(key, keyLength * 2);
        }
        key[keyLength++] = v;
    }

    private static dev.wasm4j.InvalidModuleException error(String reason) {
        return Messages.invalid(-1, 0, reason);
    }

    /** An int array compared by contents, as a hash key. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
