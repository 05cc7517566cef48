package dev.wasm4j.pure.internal.model;

/** A custom section, as its name and the range of its contents in the module binary. */
public record CustomSectionRange(String name, int dataStart, int dataLength) {
}
