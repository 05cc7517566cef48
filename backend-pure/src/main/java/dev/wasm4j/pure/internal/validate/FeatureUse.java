package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.ExternKind;
import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.pure.internal.model.Export;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.Import;
import dev.wasm4j.pure.internal.model.SubType;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Set;

/**
 * Rejects uses of the 2.0 features that show only in a module's declarations, when an engine turned
 * them off: functions with several results (multi-value) and imported or exported mutable globals
 * (mutable-globals). Everything else a feature adds has its own encoding, which the decoder rejects.
 */
final class FeatureUse {
    private FeatureUse() {
    }

    static void check(WasmModule module, Set<Feature> features) {
        if (!features.contains(Feature.MULTI_VALUE)) {
            for (SubType t : module.types()) {
                if (t.composite() instanceof FuncSig f && f.resultCount() > 1) {
                    throw disabled(Feature.MULTI_VALUE, "invalid result arity");
                }
            }
        }
        if (!features.contains(Feature.MUTABLE_GLOBALS)) {
            for (Import i : module.imports()) {
                if (i.kind() == ExternKind.GLOBAL && module.global(i.index()).mutable()) {
                    throw disabled(Feature.MUTABLE_GLOBALS, "mutable global import");
                }
            }
            for (Export e : module.exports()) {
                if (e.kind() == ExternKind.GLOBAL && e.index() < module.numGlobals()
                        && module.global(e.index()).mutable()) {
                    throw disabled(Feature.MUTABLE_GLOBALS, "mutable global export");
                }
            }
        }
    }

    private static InvalidModuleException disabled(Feature feature, String what) {
        return Messages.invalid(-1, 0, what + " (feature " + feature.specName() + " is not enabled)");
    }
}
