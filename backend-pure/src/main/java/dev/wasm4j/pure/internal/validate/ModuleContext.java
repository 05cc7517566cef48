package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.ElementSegment;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Set;

/**
 * What function bodies are validated against: the module's index spaces with canonical types, the
 * function references the module declares, and the enabled features.
 */
final class ModuleContext {
    final WasmModule module;
    final ModuleTypes types;
    final Set<Feature> features;
    final Messages messages;
    final int[] globalTypes;
    final boolean[] globalMutable;
    final int[] tableTypes;
    final int[] elementTypes;
    final boolean[] declaredFunctions;
    final int dataCount;

    ModuleContext(WasmModule module, ModuleTypes types, Set<Feature> features, boolean[] declaredFunctions) {
        this.module = module;
        this.types = types;
        this.features = features;
        this.messages = new Messages(features);
        this.globalTypes = new int[module.numGlobals()];
        this.globalMutable = new boolean[module.numGlobals()];
        for (int i = 0; i < globalTypes.length; i++) {
            GlobalDef g = module.global(i);
            globalTypes[i] = types.canon(g.type());
            globalMutable[i] = g.mutable();
        }
        this.tableTypes = new int[module.numTables()];
        for (int i = 0; i < tableTypes.length; i++) {
            TableDef t = module.table(i);
            tableTypes[i] = types.canon(t.elementType());
        }
        this.elementTypes = new int[module.elements().size()];
        for (int i = 0; i < elementTypes.length; i++) {
            ElementSegment e = module.elements().get(i);
            elementTypes[i] = types.canon(e.elementType());
        }
        this.declaredFunctions = declaredFunctions;
        this.dataCount = module.dataCount().orElse(-1);
    }

    boolean has(Feature feature) {
        return features.contains(feature);
    }

    int tableAddressType(int table) {
        return module.table(table).addressType();
    }

    int memoryAddressType(int memory) {
        return module.memory(memory).addressType();
    }

    /** The canonical type a ref.func of {@code funcIndex} produces. */
    int funcRefType(int funcIndex) {
        return ValueTypes.ref(false, types.canon(ValueTypes.concrete(module.funcTypeIndex(funcIndex))));
    }
}
