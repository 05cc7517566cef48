package dev.wasm4j.pure.internal.model;

import dev.wasm4j.ExternKind;

/**
 * One import. Its description lives in the index space of its kind at {@code index} (imports come
 * first in every index space), e.g. {@link WasmModule#funcTypeIndex(int)} for a function.
 */
public record Import(String module, String name, ExternKind kind, int index) {
}
