package dev.wasm4j;

/** An exception tag (exception handling). */
public interface Tag extends Extern {
    @Override
    TagType type();
}
