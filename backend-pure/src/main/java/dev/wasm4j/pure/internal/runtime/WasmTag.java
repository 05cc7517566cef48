package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Tag;
import dev.wasm4j.TagType;

/**
 * An exception tag. Tags are compared by identity: each instantiation of a module creates its own, and
 * an imported tag is the exporter's object.
 */
public final class WasmTag implements Tag {
    private final TagType type;

    public WasmTag(TagType type) {
        this.type = type;
    }

    @Override
    public TagType type() {
        return type;
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
