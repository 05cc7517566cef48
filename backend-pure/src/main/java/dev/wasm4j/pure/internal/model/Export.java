package dev.wasm4j.pure.internal.model;

import dev.wasm4j.ExternKind;

/** One export: its name and what it exports, as a kind and an index into that kind's index space. */
public record Export(String name, ExternKind kind, int index) {
}
