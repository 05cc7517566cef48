package dev.wasm4j.capi;

import dev.wasm4j.CompileException;
import dev.wasm4j.CustomSection;
import dev.wasm4j.ExportType;
import dev.wasm4j.Feature;
import dev.wasm4j.Extern;
import dev.wasm4j.ImportType;
import dev.wasm4j.ModuleNames;
import dev.wasm4j.WasmException;
import dev.wasm4j.spi.BackendModule;
import dev.wasm4j.spi.BackendStore;
import dev.wasm4j.spi.ModuleArtifact;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A {@code wasmtime_module_t}: compiled once, shared by every thread and store of its engine (wasmtime's
 * modules are thread-safe). The native module is freed when this object is unreachable; instances keep
 * their own reference to it inside the store.
 */
final class WasmtimeModule implements BackendModule {
    private final WasmtimeEngine engine;
    private final MemorySegment module;
    private final byte[] bytes;
    private final BinaryLayout layout;
    private final List<ImportType> imports;
    private final List<ExportType> exports;

    private WasmtimeModule(WasmtimeEngine engine, MemorySegment module, byte[] bytes, BinaryLayout layout) {
        this.engine = engine;
        this.module = module;
        this.bytes = bytes;
        this.layout = layout;
        NativeCleaner.register(this, () -> wasmtime_h.wasmtime_module_delete(module));
        try (NativeTypeReader types = new NativeTypeReader()) {
            this.imports = readImports(types);
            this.exports = readExports(types);
        }
    }

    static WasmtimeModule compile(WasmtimeEngine engine, byte[] wasm) {
        engine.features().requireCompilable();
        byte[] bytes = wasm.clone();
        MemorySegment module = engine.withEngine(e -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(ADDRESS);
                MemorySegment error = wasmtime_h.wasmtime_module_new(e, copy(arena, bytes), bytes.length, out);
                if (NativeErrors.isError(error)) {
                    throw CompileErrors.of(NativeErrors.takeMessage(error), wasm, engine.features());
                }
                return out.get(ADDRESS, 0);
            }
        });
        return new WasmtimeModule(engine, module, bytes, BinaryScanner.scan(bytes));
    }

    /** Loads a module {@link #serialize()} wrote, with the same wasmtime version and compatible settings. */
    static WasmtimeModule deserialize(WasmtimeEngine engine, byte[] serialized) {
        ModuleArtifact artifact = ModuleArtifact.decode(serialized, WasmtimeBackend.NAME, WasmtimeLibrary.VERSION);
        engine.features().requireCompilable();
        byte[] code = artifact.compiled();
        MemorySegment module = engine.withEngine(e -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(ADDRESS);
                MemorySegment error = wasmtime_h.wasmtime_module_deserialize(e, copy(arena, code), code.length, out);
                if (NativeErrors.isError(error)) {
                    throw new CompileException("backend " + WasmtimeBackend.NAME + " cannot load the serialized"
                            + " module: " + NativeErrors.takeMessage(error));
                }
                return out.get(ADDRESS, 0);
            }
        });
        return new WasmtimeModule(engine, module, artifact.wasm(), BinaryScanner.scan(artifact.wasm()));
    }

    /** wasmtime's compiled artifact with the binary, in a {@link ModuleArtifact}. */
    @Override
    public byte[] serialize() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_byte_vec_t);
            MemorySegment error = wasmtime_h.wasmtime_module_serialize(module, vec);
            if (NativeErrors.isError(error)) {
                throw new WasmException("backend " + WasmtimeBackend.NAME + " cannot serialize the module: "
                        + NativeErrors.takeMessage(error));
            }
            try {
                long size = vec.get(JAVA_LONG, 0);
                MemorySegment data = vec.get(ADDRESS, 8).reinterpret(size);
                byte[] code = data.toArray(JAVA_BYTE);
                return new ModuleArtifact(WasmtimeBackend.NAME, WasmtimeLibrary.VERSION, bytes, code).encode();
            } finally {
                wasm_h.wasm_byte_vec_delete(vec);
            }
        }
    }

    static void validate(WasmtimeEngine engine, byte[] wasm) {
        engine.features().requireCompilable();
        engine.withEngine(e -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment error = wasmtime_h.wasmtime_module_validate(e, copy(arena, wasm), wasm.length);
                if (NativeErrors.isError(error)) {
                    throw CompileErrors.of(NativeErrors.takeMessage(error), wasm, engine.features());
                }
                return null;
            }
        });
    }

    private static MemorySegment copy(Arena arena, byte[] bytes) {
        MemorySegment segment = arena.allocate(Math.max(1, bytes.length));
        MemorySegment.copy(bytes, 0, segment, JAVA_BYTE, 0, bytes.length);
        return segment;
    }

    private List<ImportType> readImports(NativeTypeReader types) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_vec_t);
            wasmtime_h.wasmtime_module_imports(module, vec);
            try {
                List<ImportType> list = new ArrayList<>();
                MemorySegment[] items = items(vec);
                for (int i = 0; i < items.length; i++) {
                    MemorySegment item = items[i];
                    String moduleName = NativeStrings.fromByteVec(wasm_h.wasm_importtype_module(item));
                    String name = NativeStrings.fromByteVec(wasm_h.wasm_importtype_name(item));
                    Integer table = layout.importedTables().get(i);
                    list.add(new ImportType(moduleName, name,
                            types.externType(wasm_h.wasm_importtype_type(item), tableLimits(table))));
                }
                return List.copyOf(list);
            } finally {
                wasm_h.wasm_importtype_vec_delete(vec);
            }
        }
    }

    private List<ExportType> readExports(NativeTypeReader types) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment vec = arena.allocate(wasm_h.wasm_vec_t);
            wasmtime_h.wasmtime_module_exports(module, vec);
            try {
                List<ExportType> list = new ArrayList<>();
                MemorySegment[] items = items(vec);
                for (int i = 0; i < items.length; i++) {
                    MemorySegment item = items[i];
                    String name = NativeStrings.fromByteVec(wasm_h.wasm_exporttype_name(item));
                    MemorySegment type = wasm_h.wasm_exporttype_type(item);
                    Integer table = wasm_h.wasm_externtype_kind(type) == wasm_h.WASM_EXTERN_TABLE
                            && i < layout.exportIndices().size() ? layout.exportIndices().get(i) : null;
                    list.add(new ExportType(name, types.externType(type, tableLimits(table))));
                }
                return List.copyOf(list);
            } finally {
                wasm_h.wasm_exporttype_vec_delete(vec);
            }
        }
    }

    /**
     * The limits of table {@code tableIndex} as the binary states them. Should the scan have missed them, the
     * C API's 32-bit limits are read instead, except when 64-bit tables are possible (memory64): reading those
     * aborts the process past 32 bits, so the type then says 0 and no maximum.
     */
    private BinaryLayout.TableLimits tableLimits(Integer tableIndex) {
        if (tableIndex != null && tableIndex < layout.tables().size()) {
            return layout.tables().get(tableIndex);
        }
        return engine.features().has(Feature.MEMORY64) ? new BinaryLayout.TableLimits(0, Optional.empty(), false)
                : null;
    }

    private static MemorySegment[] items(MemorySegment vec) {
        long size = vec.get(JAVA_LONG, wasm_h.VEC_SIZE_OFFSET);
        MemorySegment data = vec.get(ADDRESS, wasm_h.VEC_DATA_OFFSET).reinterpret(size * ADDRESS.byteSize());
        MemorySegment[] items = new MemorySegment[(int) size];
        for (int i = 0; i < items.length; i++) {
            items[i] = data.getAtIndex(ADDRESS, i);
        }
        return items;
    }

    WasmtimeEngine engine() {
        return engine;
    }

    /** The native module; callers keep this object reachable until the native call returns. */
    MemorySegment handle() {
        return module;
    }

    byte[] bytes() {
        return bytes;
    }

    BinaryLayout layout() {
        return layout;
    }

    @Override
    public List<ImportType> imports() {
        return imports;
    }

    @Override
    public List<ExportType> exports() {
        return exports;
    }

    @Override
    public List<CustomSection> customSections() {
        return layout.customSections();
    }

    @Override
    public ModuleNames names() {
        return layout.names();
    }

    @Override
    public Map<String, Extern> instantiate(BackendStore store, List<Extern> imports) {
        if (!(store instanceof WasmtimeStore wasmtimeStore)) {
            throw new WasmException("a module of backend " + WasmtimeBackend.NAME + " needs a store of backend "
                    + WasmtimeBackend.NAME);
        }
        try {
            return Instantiator.instantiate(this, wasmtimeStore, imports);
        } finally {
            Reference.reachabilityFence(this);
        }
    }
}
