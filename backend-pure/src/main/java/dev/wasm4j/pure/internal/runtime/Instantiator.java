package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Extern;
import dev.wasm4j.GlobalType;
import dev.wasm4j.LinkException;
import dev.wasm4j.RefType;
import dev.wasm4j.TagType;
import dev.wasm4j.WasmException;
import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.DataSegment;
import dev.wasm4j.pure.internal.model.ElementSegment;
import dev.wasm4j.pure.internal.model.Export;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.Import;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.SegmentMode;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Instantiation in the order of WebAssembly 2.0: check the imports (and the store's limits, see
 * {@link StoreLimiter}), create memories, tables and globals,
 * resolve the segments, then apply the active element segments and the active data segments one by one
 * (a trap leaves the earlier writes in place), then run the start function.
 */
public final class Instantiator {
    private Instantiator() {
    }

    public static Map<String, Extern> instantiate(CompiledModule compiled, PureStore store, List<Extern> imports) {
        long t = Timing.start();
        try {
            return instantiate0(compiled, store, imports);
        } finally {
            Timing.end(Timing.Phase.INSTANTIATE, t);
        }
    }

    private static Map<String, Extern> instantiate0(CompiledModule compiled, PureStore store, List<Extern> imports) {
        WasmModule m = compiled.module();
        if (imports.size() != m.imports().size()) {
            throw new WasmException("expected " + m.imports().size() + " imports, got " + imports.size());
        }
        WasmInstance instance = new WasmInstance(store);
        instance.functions = new WasmFunction[m.numFuncs()];
        instance.memories = new WasmMemory[m.numMemories()];
        instance.tables = new WasmTable[m.numTables()];
        instance.globals = new WasmGlobal[m.numGlobals()];
        instance.tags = new WasmTag[m.numTags()];
        bindImports(compiled, imports, instance, store);
        admit(m, store.limiter());
        try {
            for (int f = m.numImportedFuncs(); f < m.numFuncs(); f++) {
                instance.functions[f] = WasmFunction.compiled(compiled.funcType(f), compiled.sigId(f),
                        compiled.code(f), instance);
            }
            for (int t = m.numImportedTags(); t < m.numTags(); t++) {
                instance.tags[t] = new WasmTag(new TagType(compiled.typeAt(m.tag(t).typeIndex())));
            }
            createGlobals(m, instance);
            createMemories(m, instance);
            createTables(m, instance);
            resolveSegments(m, instance);
            instance.setExports(exports(m, instance));
            adoptAll(store, instance);
            applyElementSegments(m, instance);
            applyDataSegments(m, instance);
            OptionalInt start = m.start();
            if (start.isPresent()) {
                WasmFunction f = instance.functions[start.getAsInt()];
                f.handle().invoke(f.contextFor(instance));
            }
        } catch (Throwable t) {
            throw Traps.toWasm(t);
        }
        store.limiter().instanceCreated();
        return instance.exports();
    }

    /** Checks the store's limits for everything the instance will create, before any of it is created. */
    private static void admit(WasmModule m, StoreLimiter limiter) {
        for (int i = m.numImportedMemories(); i < m.numMemories(); i++) {
            limiter.checkMemoryMinimum(m.memory(i).min(), m.memory(i).pageSizeLog2());
        }
        for (int i = m.numImportedTables(); i < m.numTables(); i++) {
            limiter.checkTableMinimum(m.table(i).min());
        }
        limiter.admitInstance(m.numMemories() - m.numImportedMemories(), m.numTables() - m.numImportedTables());
    }

    /**
     * Everything the instance defines belongs to its store, exported or not: a function reference read
     * from a table by the host may be linked into another instance of the same store.
     */
    private static void adoptAll(PureStore store, WasmInstance instance) {
        for (Extern[] all : new Extern[][] {instance.functions, instance.memories, instance.tables, instance.globals,
                instance.tags}) {
            for (Extern e : all) {
                store.adopt(e);
            }
        }
    }

    private static void bindImports(CompiledModule compiled, List<Extern> imports, WasmInstance instance,
                                    PureStore store) {
        WasmModule m = compiled.module();
        for (int i = 0; i < imports.size(); i++) {
            Import imp = m.imports().get(i);
            Extern e = imports.get(i);
            if (!store.owns(e)) {
                // Stores are the unit of isolation: sharing state across them would escape their limits.
                throw new LinkException(imp.module(), imp.name(), "import " + imp.module() + "::" + imp.name()
                        + " is bound to " + (e == null ? "nothing" : "an extern of another store or backend"));
            }
            switch (imp.kind()) {
                case FUNC -> instance.functions[imp.index()] =
                        ImportChecks.function(imp, e, compiled.funcType(imp.index()));
                case MEMORY -> instance.memories[imp.index()] = ImportChecks.memory(imp, e, m.memory(imp.index()));
                case TABLE -> instance.tables[imp.index()] = ImportChecks.table(imp, e, m.table(imp.index()));
                case GLOBAL -> instance.globals[imp.index()] = ImportChecks.global(imp, e, m.global(imp.index()));
                case TAG -> instance.tags[imp.index()] =
                        ImportChecks.tag(imp, e, compiled.typeAt(m.tag(imp.index()).typeIndex()));
                default -> throw new LinkException(imp.module(), imp.name(), "backend pure cannot import a "
                        + imp.kind() + " (" + imp.module() + "::" + imp.name() + ")");
            }
        }
    }

    private static void createGlobals(WasmModule m, WasmInstance instance) {
        for (int g = m.numImportedGlobals(); g < m.numGlobals(); g++) {
            GlobalDef def = m.global(g);
            WasmGlobal global = new WasmGlobal(new GlobalType(ValueTypes.toApi(def.type()), def.mutable()));
            Object value = ConstEvaluator.evaluate(def.init(), instance);
            global.initialize(Values.unbox(global.type().type(), value));
            instance.globals[g] = global;
        }
    }

    private static void createMemories(WasmModule m, WasmInstance instance) {
        for (int i = m.numImportedMemories(); i < m.numMemories(); i++) {
            MemoryDef def = m.memory(i);
            instance.memories[i] = new WasmMemory(def.min(),
                    def.hasMax() ? OptionalLong.of(def.max()) : OptionalLong.empty(), def.memory64(),
                    def.pageSizeLog2(), instance.pureStore().limiter());
        }
        instance.memory = instance.memories.length > 0 ? instance.memories[0] : null;
    }

    private static void createTables(WasmModule m, WasmInstance instance) {
        for (int i = m.numImportedTables(); i < m.numTables(); i++) {
            TableDef def = m.table(i);
            RefType elementType = ValueTypes.toApiRef(def.elementType());
            WasmTable.checkElementType(elementType);
            Object init = def.init() == null ? null : ConstEvaluator.evaluate(def.init(), instance);
            instance.tables[i] = new WasmTable(elementType, def.min(),
                    def.hasMax() ? OptionalLong.of(def.max()) : OptionalLong.empty(), def.table64(), init,
                    instance.pureStore().limiter());
        }
    }

    private static void resolveSegments(WasmModule m, WasmInstance instance) {
        List<ElementSegment> elems = m.elements();
        instance.elements = new Object[elems.size()][];
        for (int s = 0; s < elems.size(); s++) {
            ElementSegment seg = elems.get(s);
            Object[] refs = new Object[seg.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = seg.hasFunctionIndices() ? instance.functions[seg.functionIndex(i)]
                        : ConstEvaluator.evaluate(seg.expression(i), instance);
            }
            instance.elements[s] = refs;
        }
        List<DataSegment> datas = m.datas();
        instance.data = new byte[datas.size()][];
        for (int d = 0; d < datas.size(); d++) {
            instance.data[d] = m.dataBytes(d);
        }
    }

    private static Map<String, Extern> exports(WasmModule m, WasmInstance instance) {
        Map<String, Extern> exports = new LinkedHashMap<>();
        for (Export e : m.exports()) {
            Extern x = switch (e.kind()) {
                case FUNC -> instance.functions[e.index()];
                case TABLE -> instance.tables[e.index()];
                case MEMORY -> instance.memories[e.index()];
                case GLOBAL -> instance.globals[e.index()];
                case TAG -> instance.tags[e.index()];
                default -> throw new WasmException("backend pure cannot export a " + e.kind());
            };
            exports.put(e.name(), x);
        }
        return exports;
    }

    private static void applyElementSegments(WasmModule m, WasmInstance instance) {
        List<ElementSegment> elems = m.elements();
        for (int s = 0; s < elems.size(); s++) {
            ElementSegment seg = elems.get(s);
            if (seg.mode() == SegmentMode.ACTIVE) {
                int offset = segmentOffset(seg.offset(), instance);
                Object[] refs = instance.elements[s];
                instance.tables[seg.table()].init(refs, offset, 0, refs.length);
            }
            if (seg.mode() != SegmentMode.PASSIVE) {
                instance.elemDrop(s);
            }
        }
    }

    private static void applyDataSegments(WasmModule m, WasmInstance instance) {
        List<DataSegment> datas = m.datas();
        for (int d = 0; d < datas.size(); d++) {
            DataSegment seg = datas.get(d);
            if (seg.mode() == SegmentMode.ACTIVE) {
                int offset = segmentOffset(seg.offset(), instance);
                byte[] bytes = instance.data[d];
                instance.memories[seg.memory()].init(bytes, offset, 0, bytes.length);
                instance.dataDrop(d);
            }
        }
    }

    /**
     * An active segment's offset as the unsigned int the memory and table operations take: an i32 as it
     * is; an i64 (64-bit memory or table) kept below 2^31 and else -1, out of bounds like any offset of
     * 2^31 or more on pure, whose memories and tables are smaller.
     */
    private static int segmentOffset(ConstExpr offset, WasmInstance instance) {
        Object value = ConstEvaluator.evaluate(offset, instance);
        if (value instanceof Long address) {
            return address >= 0 && address <= Integer.MAX_VALUE ? (int) (long) address : -1;
        }
        return (Integer) value;
    }
}
