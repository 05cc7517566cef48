package dev.wasm4j.pure.internal.model;

/** A global, imported or defined: value type, mutability, and its initializer (null when imported). */
public record GlobalDef(int type, boolean mutable, ConstExpr init) {
}
