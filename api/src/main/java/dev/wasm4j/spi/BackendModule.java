package dev.wasm4j.spi;

import dev.wasm4j.CustomSection;
import dev.wasm4j.ExportType;
import dev.wasm4j.Extern;
import dev.wasm4j.ImportType;
import dev.wasm4j.ModuleNames;

import java.util.List;
import java.util.Map;

/** A module compiled by a backend. */
public interface BackendModule {
    List<ImportType> imports();

    List<ExportType> exports();

    /** Every custom section, in the order of the binary. */
    List<CustomSection> customSections();

    ModuleNames names();

    /**
     * Instantiates the module in {@code store} with {@code imports} (one extern per import, in import
     * order): checks their types, initializes, runs the start function.
     *
     * @return the exports by name, in the order of the export section
     * @throws dev.wasm4j.LinkException when an import has the wrong type
     * @throws dev.wasm4j.Trap          when initialization or the start function traps
     */
    Map<String, Extern> instantiate(BackendStore store, List<Extern> imports);

    /** The module in a form {@link BackendEngine#deserialize(byte[])} loads again, see {@link ModuleArtifact}. */
    byte[] serialize();
}
