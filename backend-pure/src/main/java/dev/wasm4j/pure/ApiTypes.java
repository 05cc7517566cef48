package dev.wasm4j.pure;

import dev.wasm4j.ExternKind;
import dev.wasm4j.ExternType;
import dev.wasm4j.FuncType;
import dev.wasm4j.GlobalType;
import dev.wasm4j.MemoryType;
import dev.wasm4j.TableType;
import dev.wasm4j.TagType;
import dev.wasm4j.ValType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Converts the module's int-coded descriptions of imports and exports to the public API's types. */
final class ApiTypes {
    private final WasmModule module;

    ApiTypes(WasmModule module) {
        this.module = module;
    }

    ExternType externType(ExternKind kind, int index) {
        return switch (kind) {
            case FUNC -> funcType(module.funcType(index));
            case TABLE -> tableType(module.table(index));
            case MEMORY -> memoryType(module.memory(index));
            case GLOBAL -> globalType(module.global(index));
            case TAG -> new TagType(funcType(module.tagType(index)));
        };
    }

    static FuncType funcType(FuncSig sig) {
        List<ValType> params = new ArrayList<>(sig.paramCount());
        for (int i = 0; i < sig.paramCount(); i++) {
            params.add(ValueTypes.toApi(sig.param(i)));
        }
        List<ValType> results = new ArrayList<>(sig.resultCount());
        for (int i = 0; i < sig.resultCount(); i++) {
            results.add(ValueTypes.toApi(sig.result(i)));
        }
        return new FuncType(params, results);
    }

    static TableType tableType(TableDef t) {
        return new TableType(ValueTypes.toApiRef(t.elementType()), t.min(),
                t.hasMax() ? OptionalLong.of(t.max()) : OptionalLong.empty(), t.table64());
    }

    static MemoryType memoryType(MemoryDef m) {
        return new MemoryType(m.min(), m.hasMax() ? OptionalLong.of(m.max()) : OptionalLong.empty(), m.memory64(),
                m.shared(), m.pageSizeLog2());
    }

    static GlobalType globalType(GlobalDef g) {
        return new GlobalType(ValueTypes.toApi(g.type()), g.mutable());
    }
}
