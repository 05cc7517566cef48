package dev.wasm4j.capi;

import dev.wasm4j.ExportType;
import dev.wasm4j.Extern;
import dev.wasm4j.ImportType;
import dev.wasm4j.LinkException;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Instantiates a module with {@code wasmtime_instance_new} and the externs the API's linker resolved, then
 * reads the exports in the module's order. wasmtime checks the imports' types; its link errors name the
 * import ({@code incompatible import type for `m::n`}), which becomes the {@link LinkException}'s import.
 */
final class Instantiator {
    private Instantiator() {
    }

    static Map<String, Extern> instantiate(WasmtimeModule module, WasmtimeStore store, List<Extern> imports) {
        if (module.engine() != store.engine()) {
            throw new WasmException("the module and the store belong to different engines");
        }
        List<ImportType> types = module.imports();
        if (imports.size() != types.size()) {
            throw new WasmException("the module has " + types.size() + " imports, got " + imports.size() + " externs");
        }
        for (int i = 0; i < types.size(); i++) {
            checkOwnership(store, types.get(i), imports.get(i));
        }
        boolean claimed = store.enter();
        ScratchStack scratch = store.scratch();
        long mark = scratch.mark();
        try {
            long externSize = wasmtime_h.wasmtime_extern_t.byteSize();
            MemorySegment externs = scratch.allocate(externSize * Math.max(1, imports.size()));
            for (int i = 0; i < imports.size(); i++) {
                ((WasmtimeExtern) imports.get(i)).writeExtern(externs.asSlice(externSize * i, externSize));
            }
            MemorySegment instance = scratch.allocate(wasmtime_h.wasmtime_instance_t.byteSize());
            MemorySegment trap = scratch.allocate(ADDRESS.byteSize());
            MemorySegment error = wasmtime_h.wasmtime_instance_new(store.context(), module.handle(), externs,
                    imports.size(), instance, trap);
            // Noted before a trap is read: a start function's trap is told apart by its module's bytes.
            store.noteInstantiated(module);
            if (NativeErrors.isError(error) && !store.hasPending()) {
                throw linkError(types, NativeErrors.takeMessage(error));
            }
            CallFailures.throwIfFailed(store, error, trap);
            return exports(module, store, instance);
        } finally {
            scratch.reset(mark);
            store.exit(claimed);
        }
    }

    private static void checkOwnership(WasmtimeStore store, ImportType type, Extern extern) {
        String where = type.module() + "::" + type.name();
        if (!(extern instanceof WasmtimeExtern w)) {
            throw new LinkException(type.module(), type.name(), "import " + where + " is given " + extern
                    + ", which is not of backend " + WasmtimeBackend.NAME);
        }
        if (!w.usableIn(store)) {
            throw new LinkException(type.module(), type.name(), "import " + where
                    + " is given an extern of another store");
        }
    }

    private static WasmException linkError(List<ImportType> types, String message) {
        String first = TrapMapper.firstLine(message);
        for (ImportType type : types) {
            if (first.contains("`" + type.module() + "::" + type.name() + "`")) {
                return new LinkException(type.module(), type.name(), message);
            }
        }
        if (first.contains("import")) {
            ImportType any = types.isEmpty() ? null : types.get(0);
            return new LinkException(any == null ? "" : any.module(), any == null ? "" : any.name(), message);
        }
        return new WasmException("wasmtime: " + message);
    }

    private static Map<String, Extern> exports(WasmtimeModule module, WasmtimeStore store, MemorySegment instance) {
        List<ExportType> types = module.exports();
        ScratchStack scratch = store.scratch();
        MemorySegment name = scratch.allocate(ADDRESS.byteSize());
        MemorySegment length = scratch.allocate(JAVA_LONG.byteSize());
        MemorySegment item = scratch.allocate(wasmtime_h.wasmtime_extern_t.byteSize());
        Map<String, Extern> exports = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            if (!wasmtime_h.wasmtime_instance_export_nth(store.context(), instance, i, name, length, item)) {
                throw new IllegalStateException("wasmtime has no export " + i + " (" + types.get(i).name() + ")");
            }
            String exportName = NativeStrings.fromPointer(name.get(ADDRESS, 0), length.get(JAVA_LONG, 0));
            exports.put(exportName, NativeExterns.wrap(store, item, types.get(i).type()));
        }
        return exports;
    }
}
