package dev.wasm4j.pure;

import dev.wasm4j.CustomSection;
import dev.wasm4j.ExportType;
import dev.wasm4j.Extern;
import dev.wasm4j.ImportType;
import dev.wasm4j.ModuleNames;
import dev.wasm4j.WasmException;
import dev.wasm4j.pure.internal.model.CustomSectionRange;
import dev.wasm4j.pure.internal.model.Export;
import dev.wasm4j.pure.internal.model.Import;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import dev.wasm4j.pure.internal.runtime.Instantiator;
import dev.wasm4j.pure.internal.runtime.PureStore;
import dev.wasm4j.pure.internal.validate.ModuleTypes;
import dev.wasm4j.spi.BackendModule;
import dev.wasm4j.spi.ModuleArtifact;
import dev.wasm4j.spi.BackendStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module compiled by the pure backend: the decoded, validated {@link WasmModule} and its canonical
 * {@link ModuleTypes}, from which the compiler produces JVM code.
 */
public final class PureModule implements BackendModule {
    private final WasmModule module;
    private final ModuleTypes types;
    private final CompiledModule compiled;
    private final List<ImportType> imports;
    private final List<ExportType> exports;
    private List<CustomSection> customSections;

    PureModule(WasmModule module, ModuleTypes types, CompiledModule compiled) {
        this.module = module;
        this.types = types;
        this.compiled = compiled;
        ApiTypes api = new ApiTypes(module);
        List<ImportType> importList = new ArrayList<>(module.imports().size());
        for (Import i : module.imports()) {
            importList.add(new ImportType(i.module(), i.name(), api.externType(i.kind(), i.index())));
        }
        this.imports = List.copyOf(importList);
        List<ExportType> exportList = new ArrayList<>(module.exports().size());
        for (Export e : module.exports()) {
            exportList.add(new ExportType(e.name(), api.externType(e.kind(), e.index())));
        }
        this.exports = List.copyOf(exportList);
    }

    /** The decoded and validated module. */
    public WasmModule module() {
        return module;
    }

    /** The module's types after canonicalization, with subtyping. */
    public ModuleTypes types() {
        return types;
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
    public synchronized List<CustomSection> customSections() {
        if (customSections == null) {
            List<CustomSection> list = new ArrayList<>(module.customSections().size());
            for (CustomSectionRange c : module.customSections()) {
                list.add(new CustomSection(c.name(), module.customSectionBytes(c)));
            }
            customSections = List.copyOf(list);
        }
        return customSections;
    }

    @Override
    public ModuleNames names() {
        return module.names();
    }

    @Override
    public Map<String, Extern> instantiate(BackendStore store, List<Extern> imports) {
        if (!(store instanceof PureStore pureStore)) {
            throw new WasmException("a module of backend pure needs a store of backend pure");
        }
        return Instantiator.instantiate(compiled, pureStore, imports);
    }

    /**
     * The binary in a {@link ModuleArtifact}: pure keeps no compiled form worth storing (classes are
     * generated lazily), so loading validates the binary again, which keeps untrusted input safe.
     */
    @Override
    public byte[] serialize() {
        return new ModuleArtifact(PureBackend.NAME, PureEngine.ARTIFACT_VERSION, module.bytes(), new byte[0]).encode();
    }
}
