package dev.wasm4j.pure.internal.model;

/** The structure a type definition describes: a function signature, a struct or an array. */
public sealed interface CompositeType permits FuncSig, StructDef, ArrayDef {
}
