package dev.wasm4j.pure.internal.model;

/** An exception tag: the index of the function type giving the values it carries. */
public record TagDef(int typeIndex) {
}
