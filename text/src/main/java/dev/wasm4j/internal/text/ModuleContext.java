package dev.wasm4j.internal.text;

/** What every part of a module's encoding may look up: the index spaces and the types. */
final class ModuleContext {
    final TokenList tokens;
    final IndexSpace types = new IndexSpace("type");
    final IndexSpace funcs = new IndexSpace("func");
    final IndexSpace tables = new IndexSpace("table");
    final IndexSpace memories = new IndexSpace("memory");
    final IndexSpace globals = new IndexSpace("global");
    final IndexSpace tags = new IndexSpace("tag");
    final IndexSpace elems = new IndexSpace("elem");
    final IndexSpace datas = new IndexSpace("data");
    final TypeTable typeTable = new TypeTable();
    /** Set when code refers to data segments, which requires the data count section. */
    boolean usesDataIndices;

    ModuleContext(TokenList tokens) {
        this.tokens = tokens;
    }
}
