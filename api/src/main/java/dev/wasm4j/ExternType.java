package dev.wasm4j;

/** The type of something a module imports or exports. */
public sealed interface ExternType permits FuncType, TableType, MemoryType, GlobalType, TagType {
    /** The kind of extern, as the text format names it. */
    ExternKind kind();
}
