package dev.wasm4j.pure.internal.model;

import dev.wasm4j.ModuleNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * A decoded module: every section in an immutable form that a validator and a compiler consume. In each
 * index space (functions, tables, memories, globals, tags) the imports come first. Function bodies and
 * data stay in the module binary as byte ranges; the binary is shared, never modified.
 */
public final class WasmModule {
    private final byte[] bytes;
    private final List<SubType> types;
    private final List<Import> imports;
    private final int[] funcTypeIndices;
    private final int numImportedFuncs;
    private final List<TableDef> tables;
    private final int numImportedTables;
    private final List<MemoryDef> memories;
    private final int numImportedMemories;
    private final List<GlobalDef> globals;
    private final int numImportedGlobals;
    private final List<TagDef> tags;
    private final int numImportedTags;
    private final List<Export> exports;
    private final int start;
    private final List<ElementSegment> elements;
    private final List<DataSegment> datas;
    private final int dataCount;
    private final List<FunctionBody> bodies;
    private final List<CustomSectionRange> customSections;
    private final ModuleNames names;

    private WasmModule(Builder b) {
        this.bytes = b.bytes;
        this.types = List.copyOf(b.types);
        this.imports = List.copyOf(b.imports);
        this.funcTypeIndices = Arrays.copyOf(b.funcTypeIndices, b.funcCount);
        this.numImportedFuncs = b.numImportedFuncs;
        this.tables = List.copyOf(b.tables);
        this.numImportedTables = b.numImportedTables;
        this.memories = List.copyOf(b.memories);
        this.numImportedMemories = b.numImportedMemories;
        this.globals = List.copyOf(b.globals);
        this.numImportedGlobals = b.numImportedGlobals;
        this.tags = List.copyOf(b.tags);
        this.numImportedTags = b.numImportedTags;
        this.exports = List.copyOf(b.exports);
        this.start = b.start;
        this.elements = List.copyOf(b.elements);
        this.datas = List.copyOf(b.datas);
        this.dataCount = b.dataCount;
        this.bodies = List.copyOf(b.bodies);
        this.customSections = List.copyOf(b.customSections);
        this.names = b.names;
    }

    /** The module binary. Shared: callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    // ---- types

    public int numTypes() {
        return types.size();
    }

    public SubType type(int typeIndex) {
        return types.get(typeIndex);
    }

    public List<SubType> types() {
        return types;
    }

    /** The function signature of type {@code typeIndex}; the caller knows it is a function type. */
    public FuncSig funcSig(int typeIndex) {
        return (FuncSig) types.get(typeIndex).composite();
    }

    // ---- functions

    public int numFuncs() {
        return funcTypeIndices.length;
    }

    public int numImportedFuncs() {
        return numImportedFuncs;
    }

    public int numDefinedFuncs() {
        return funcTypeIndices.length - numImportedFuncs;
    }

    public int funcTypeIndex(int funcIndex) {
        return funcTypeIndices[funcIndex];
    }

    /** The signature of function {@code funcIndex} (imports first). */
    public FuncSig funcType(int funcIndex) {
        return funcSig(funcTypeIndices[funcIndex]);
    }

    /** The body of function {@code funcIndex}, which must be a defined (not imported) function. */
    public FunctionBody body(int funcIndex) {
        return bodies.get(funcIndex - numImportedFuncs);
    }

    public List<FunctionBody> bodies() {
        return bodies;
    }

    // ---- tables, memories, globals, tags

    public int numTables() {
        return tables.size();
    }

    public int numImportedTables() {
        return numImportedTables;
    }

    public TableDef table(int tableIndex) {
        return tables.get(tableIndex);
    }

    public List<TableDef> tables() {
        return tables;
    }

    public int numMemories() {
        return memories.size();
    }

    public int numImportedMemories() {
        return numImportedMemories;
    }

    public MemoryDef memory(int memoryIndex) {
        return memories.get(memoryIndex);
    }

    public List<MemoryDef> memories() {
        return memories;
    }

    public int numGlobals() {
        return globals.size();
    }

    public int numImportedGlobals() {
        return numImportedGlobals;
    }

    public GlobalDef global(int globalIndex) {
        return globals.get(globalIndex);
    }

    public List<GlobalDef> globals() {
        return globals;
    }

    public int numTags() {
        return tags.size();
    }

    public int numImportedTags() {
        return numImportedTags;
    }

    public TagDef tag(int tagIndex) {
        return tags.get(tagIndex);
    }

    /** The signature of the values tag {@code tagIndex} carries. */
    public FuncSig tagType(int tagIndex) {
        return funcSig(tags.get(tagIndex).typeIndex());
    }

    public List<TagDef> tags() {
        return tags;
    }

    // ---- imports, exports, start

    public List<Import> imports() {
        return imports;
    }

    public List<Export> exports() {
        return exports;
    }

    public OptionalInt start() {
        return start < 0 ? OptionalInt.empty() : OptionalInt.of(start);
    }

    // ---- segments

    public List<ElementSegment> elements() {
        return elements;
    }

    public List<DataSegment> datas() {
        return datas;
    }

    /** A copy of data segment {@code dataIndex}'s bytes. */
    public byte[] dataBytes(int dataIndex) {
        DataSegment d = datas.get(dataIndex);
        return Arrays.copyOfRange(bytes, d.dataStart(), d.dataStart() + d.dataLength());
    }

    /** The data count section's value, if the module has one. */
    public OptionalInt dataCount() {
        return dataCount < 0 ? OptionalInt.empty() : OptionalInt.of(dataCount);
    }

    // ---- custom sections

    public List<CustomSectionRange> customSections() {
        return customSections;
    }

    public byte[] customSectionBytes(CustomSectionRange section) {
        return Arrays.copyOfRange(bytes, section.dataStart(), section.dataStart() + section.dataLength());
    }

    public ModuleNames names() {
        return names;
    }

    /** Collects the parts of a module while it is decoded. */
    public static final class Builder {
        private final byte[] bytes;
        private final List<SubType> types = new ArrayList<>();
        private final List<Import> imports = new ArrayList<>();
        private int[] funcTypeIndices = new int[8];
        private int funcCount;
        private int numImportedFuncs;
        private final List<TableDef> tables = new ArrayList<>();
        private int numImportedTables;
        private final List<MemoryDef> memories = new ArrayList<>();
        private int numImportedMemories;
        private final List<GlobalDef> globals = new ArrayList<>();
        private int numImportedGlobals;
        private final List<TagDef> tags = new ArrayList<>();
        private int numImportedTags;
        private final List<Export> exports = new ArrayList<>();
        private int start = -1;
        private final List<ElementSegment> elements = new ArrayList<>();
        private final List<DataSegment> datas = new ArrayList<>();
        private int dataCount = -1;
        private final List<FunctionBody> bodies = new ArrayList<>();
        private final List<CustomSectionRange> customSections = new ArrayList<>();
        private ModuleNames names = ModuleNames.EMPTY;

        public Builder(byte[] bytes) {
            this.bytes = bytes;
        }

        public int typeCount() {
            return types.size();
        }

        public SubType type(int index) {
            return types.get(index);
        }

        public void addType(SubType type) {
            types.add(type);
        }

        public void addImport(Import imp) {
            imports.add(imp);
        }

        public int funcCount() {
            return funcCount;
        }

        public int funcTypeIndex(int funcIndex) {
            return funcTypeIndices[funcIndex];
        }

        public void addFunc(int typeIndex, boolean imported) {
            if (funcCount == funcTypeIndices.length) {
                funcTypeIndices = Arrays.copyOf(funcTypeIndices, funcCount * 2);
            }
            funcTypeIndices[funcCount++] = typeIndex;
            if (imported) {
                numImportedFuncs++;
            }
        }

        public int importedFuncCount() {
            return numImportedFuncs;
        }

        public int tableCount() {
            return tables.size();
        }

        public void addTable(TableDef table, boolean imported) {
            tables.add(table);
            numImportedTables += imported ? 1 : 0;
        }

        public int memoryCount() {
            return memories.size();
        }

        public void addMemory(MemoryDef memory, boolean imported) {
            memories.add(memory);
            numImportedMemories += imported ? 1 : 0;
        }

        public int globalCount() {
            return globals.size();
        }

        public void addGlobal(GlobalDef global, boolean imported) {
            globals.add(global);
            numImportedGlobals += imported ? 1 : 0;
        }

        public int tagCount() {
            return tags.size();
        }

        public void addTag(TagDef tag, boolean imported) {
            tags.add(tag);
            numImportedTags += imported ? 1 : 0;
        }

        public void addExport(Export export) {
            exports.add(export);
        }

        public void start(int funcIndex) {
            this.start = funcIndex;
        }

        public void addElement(ElementSegment segment) {
            elements.add(segment);
        }

        public void addData(DataSegment segment) {
            datas.add(segment);
        }

        public int dataSegmentCount() {
            return datas.size();
        }

        public void dataCount(int count) {
            this.dataCount = count;
        }

        public boolean hasDataCount() {
            return dataCount >= 0;
        }

        public int dataCountValue() {
            return dataCount;
        }

        public int bodyCount() {
            return bodies.size();
        }

        public List<FunctionBody> bodies() {
            return bodies;
        }

        public void addBody(FunctionBody body) {
            bodies.add(body);
        }

        public void addCustomSection(CustomSectionRange section) {
            customSections.add(section);
        }

        public void names(ModuleNames names) {
            this.names = names;
        }

        public WasmModule build() {
            return new WasmModule(this);
        }
    }
}
