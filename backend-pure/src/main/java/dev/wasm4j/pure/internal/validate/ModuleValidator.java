package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.Feature;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.pure.internal.decode.BodyScanner;
import dev.wasm4j.pure.internal.model.DataSegment;
import dev.wasm4j.pure.internal.model.ElementSegment;
import dev.wasm4j.pure.internal.model.Export;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.SegmentMode;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.HashSet;
import java.util.Set;

/**
 * Validates a decoded module: its types, the declarations of every index space, constant expressions,
 * exports, start function and segments, then every function body. When the module is invalid, its
 * bodies are still checked for malformedness first, since the spec decodes before it validates.
 */
public final class ModuleValidator {
    private static final long MAX_PAGES_32 = 65536;
    private static final long MAX_PAGES_64 = 1L << 48;
    private static final long MAX_TABLE_32 = 0xFFFF_FFFFL;

    private final WasmModule module;
    private final Set<Feature> features;
    private ModuleTypes types;
    private ConstExprValidator constants;
    private boolean[] referenced;
    private long offset;

    private ModuleValidator(WasmModule module, Set<Feature> features) {
        this.module = module;
        this.features = features;
    }

    /** Validates {@code module}; returns its canonicalized types, which a compiler needs too. */
    public static ModuleTypes validate(WasmModule module, Set<Feature> features) {
        ModuleValidator v = new ModuleValidator(module, features);
        try {
            return v.run();
        } catch (InvalidModuleException invalid) {
            BodyScanner.checkAll(module, features);
            throw invalid;
        }
    }

    private ModuleTypes run() {
        types = TypeSectionValidator.validate(module.types());
        FeatureUse.check(module, features);
        referenced = new boolean[module.numFuncs()];
        constants = new ConstExprValidator(module, types, features, referenced);
        for (int f = 0; f < module.numFuncs(); f++) {
            funcType(module.funcTypeIndex(f));
        }
        validateTables();
        validateMemories();
        for (int t = 0; t < module.numTags(); t++) {
            FuncSig sig = module.funcSig(funcType(module.tag(t).typeIndex()));
            if (sig.resultCount() != 0) {
                throw error("non-empty tag result type");
            }
        }
        validateGlobals();
        validateExports();
        validateStart();
        validateElements();
        validateData();
        ModuleContext cx = new ModuleContext(module, types, features, referenced);
        FunctionValidator functions = new FunctionValidator(cx);
        for (FunctionBody body : module.bodies()) {
            functions.validate(body);
        }
        return types;
    }

    private void validateTables() {
        if (module.numTables() > 1 && !features.contains(Feature.REFERENCE_TYPES)) {
            throw error("multiple tables");
        }
        for (int i = 0; i < module.numTables(); i++) {
            TableDef t = module.table(i);
            valueType(t.elementType());
            if (!t.table64() && (Long.compareUnsigned(t.min(), MAX_TABLE_32) > 0
                    || (t.hasMax() && Long.compareUnsigned(t.max(), MAX_TABLE_32) > 0))) {
                throw error("table size must be at most 2^32-1");
            }
            if (t.hasMax() && Long.compareUnsigned(t.min(), t.max()) > 0) {
                throw error("size minimum must not be greater than maximum");
            }
            int elementType = types.canon(t.elementType());
            if (t.init() != null) {
                // Tables precede globals in the module: only imported globals are defined yet.
                constants.validate(t.init(), module.numImportedGlobals(), elementType);
            } else if (!ValueTypes.isNullable(t.elementType()) && i >= module.numImportedTables()) {
                throw error("type mismatch");
            }
        }
    }

    private void validateMemories() {
        if (module.numMemories() > 1 && !features.contains(Feature.MULTI_MEMORY)) {
            throw error("multiple memories");
        }
        for (MemoryDef m : module.memories()) {
            if (m.pageSizeLog2() != 0 && m.pageSizeLog2() != MemoryDef.DEFAULT_PAGE_SIZE_LOG2) {
                throw error("invalid custom page size");
            }
            long limit = maxPages(m);
            if (Long.compareUnsigned(m.min(), limit) > 0 || (m.hasMax() && Long.compareUnsigned(m.max(), limit) > 0)) {
                throw error(memorySizeLimitMessage(m, limit));
            }
            if (m.hasMax() && Long.compareUnsigned(m.min(), m.max()) > 0) {
                throw error("size minimum must not be greater than maximum");
            }
            if (m.shared() && !m.hasMax()) {
                throw error("shared memory must have maximum");
            }
        }
    }

    private static String memorySizeLimitMessage(MemoryDef m, long limit) {
        if (m.pageSizeLog2() != MemoryDef.DEFAULT_PAGE_SIZE_LOG2) {
            return "memory size must be at most " + Long.toUnsignedString(limit) + " pages";
        }
        return m.memory64() ? "memory size must be at most 2^48 pages (256TiB)"
                : "memory size must be at most 65536 pages (4GiB)";
    }

    /** The most pages a memory may have: its address space divided by its page size. */
    private static long maxPages(MemoryDef m) {
        if (m.memory64()) {
            return m.pageSizeLog2() == 0 ? -1L : MAX_PAGES_64;
        }
        return m.pageSizeLog2() == 0 ? 0xFFFF_FFFFL : MAX_PAGES_32;
    }

    private void validateGlobals() {
        for (int i = 0; i < module.numGlobals(); i++) {
            GlobalDef g = module.global(i);
            valueType(g.type());
            if (g.init() != null) {
                constants.validate(g.init(), constants.visibleGlobals(i), types.canon(g.type()));
            }
        }
    }

    private void validateExports() {
        Set<String> names = new HashSet<>();
        for (Export e : module.exports()) {
            if (!names.add(e.name())) {
                throw error("duplicate export name");
            }
            int count = switch (e.kind()) {
                case FUNC -> module.numFuncs();
                case TABLE -> module.numTables();
                case MEMORY -> module.numMemories();
                case GLOBAL -> module.numGlobals();
                case TAG -> module.numTags();
            };
            if (e.index() >= count) {
                throw error(Messages.unknown(e.kind() == dev.wasm4j.ExternKind.FUNC ? "function" : e.kind().toString(),
                        e.index()));
            }
            if (e.kind() == dev.wasm4j.ExternKind.FUNC) {
                referenced[e.index()] = true;
            }
        }
    }

    private void validateStart() {
        if (module.start().isEmpty()) {
            return;
        }
        int f = module.start().getAsInt();
        if (f >= module.numFuncs()) {
            throw error(Messages.unknown("function", f));
        }
        FuncSig sig = module.funcType(f);
        if (sig.paramCount() != 0 || sig.resultCount() != 0) {
            throw error("start function");
        }
    }

    private void validateElements() {
        for (ElementSegment e : module.elements()) {
            offset = e.byteOffset();
            valueType(e.elementType());
            int elementType = types.canon(e.elementType());
            if (e.mode() == SegmentMode.ACTIVE) {
                if (e.table() >= module.numTables()) {
                    throw error(Messages.unknown("table", e.table()));
                }
                TableDef table = module.table(e.table());
                constants.validate(e.offset(), constants.visibleGlobals(module.numGlobals()), table.addressType());
                if (!types.isSubtype(elementType, types.canon(table.elementType()))) {
                    throw error("type mismatch");
                }
            }
            for (int i = 0; i < e.size(); i++) {
                if (e.hasFunctionIndices()) {
                    int f = e.functionIndex(i);
                    if (f >= module.numFuncs()) {
                        throw error(Messages.unknown("function", f));
                    }
                    referenced[f] = true;
                } else {
                    constants.validate(e.expression(i), constants.visibleGlobals(module.numGlobals()), elementType);
                }
            }
        }
    }

    private void validateData() {
        for (DataSegment d : module.datas()) {
            offset = d.byteOffset();
            if (d.mode() != SegmentMode.ACTIVE) {
                continue;
            }
            if (d.memory() >= module.numMemories()) {
                throw error(Messages.unknown("memory", d.memory()));
            }
            constants.validate(d.offset(), constants.visibleGlobals(module.numGlobals()),
                    module.memory(d.memory()).addressType());
        }
    }

    /** A type index that must name a function type. */
    private int funcType(int typeIndex) {
        if (typeIndex >= types.count()) {
            throw error(Messages.unknown("type", typeIndex));
        }
        if (!types.isFunc(typeIndex)) {
            throw error("type mismatch");
        }
        return typeIndex;
    }

    private void valueType(int type) {
        if ((type & ValueTypes.CONCRETE) != 0 && ValueTypes.typeIndex(type) >= types.count()) {
            throw error(Messages.unknown("type", ValueTypes.typeIndex(type)));
        }
    }

    private InvalidModuleException error(String reason) {
        return Messages.invalid(-1, offset, reason);
    }
}
