package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.ConcreteHeapType;
import dev.wasm4j.FuncType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.SubType;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The signature ids call_indirect compares, by type equivalence as the spec defines it (iso-recursive):
 * two function types are the same when their rec groups are structurally the same and they sit at the
 * same place in them, whatever their indices in their modules. Each type gets a canonical text key: its
 * rec group written out, references to types of the same group as relative positions and references
 * to earlier types as those types' keys; equal keys, equal ids (see {@link Signatures#idOfKey}). A host
 * function's type has no concrete references and gets the key of a one-type group.
 */
public final class CanonicalSignatures {
    private final WasmModule module;
    private final String[] keys;

    public CanonicalSignatures(WasmModule module) {
        this.module = module;
        this.keys = new String[module.numTypes()];
    }

    /** The signature id of function type {@code typeIndex} of the module. */
    public int id(int typeIndex) {
        return Signatures.idOfKey(key(typeIndex));
    }

    private String key(int typeIndex) {
        String k = keys[typeIndex];
        if (k == null) {
            SubType t = module.type(typeIndex);
            int start = t.recGroupStart();
            int size = t.recGroupSize();
            StringBuilder sb = new StringBuilder("rec{");
            for (int m = start; m < start + size; m++) {
                appendStructure(sb, m, start, size);
                sb.append(';');
            }
            k = sb.append("}.").append(typeIndex - start).toString();
            keys[typeIndex] = k;
        }
        return k;
    }

    private void appendStructure(StringBuilder sb, int typeIndex, int groupStart, int groupSize) {
        SubType t = module.type(typeIndex);
        if (!t.isFunc()) {
            sb.append("type").append(typeIndex); // GC types are refused before code runs; keep keys unique
            return;
        }
        FuncSig sig = (FuncSig) t.composite();
        IntFunction<String> concrete = j -> j >= groupStart && j < groupStart + groupSize
                ? "#" + (j - groupStart) : key(j);
        sb.append("func(");
        for (int i = 0; i < sig.paramCount(); i++) {
            sb.append(i > 0 ? "," : "").append(valueKey(ValueTypes.toApi(sig.param(i)), concrete));
        }
        sb.append(")->(");
        for (int i = 0; i < sig.resultCount(); i++) {
            sb.append(i > 0 ? "," : "").append(valueKey(ValueTypes.toApi(sig.result(i)), concrete));
        }
        sb.append(')');
    }

    /** The key of an API function type (a host function's): a group of one, no concrete references. */
    static String keyOf(FuncType type) {
        IntFunction<String> concrete = j -> "?" + j;
        StringBuilder sb = new StringBuilder("rec{func(");
        append(sb, type.params(), concrete);
        sb.append(")->(");
        append(sb, type.results(), concrete);
        return sb.append(");}.0").toString();
    }

    private static void append(StringBuilder sb, List<ValType> types, IntFunction<String> concrete) {
        for (int i = 0; i < types.size(); i++) {
            sb.append(i > 0 ? "," : "").append(valueKey(types.get(i), concrete));
        }
    }

    private static String valueKey(ValType v, IntFunction<String> concrete) {
        if (v instanceof RefType r && r.heapType() instanceof ConcreteHeapType c) {
            return (r.nullable() ? "(ref null " : "(ref ") + concrete.apply(c.typeIndex()) + ")";
        }
        return v.toString();
    }
}
