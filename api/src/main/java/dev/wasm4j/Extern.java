package dev.wasm4j;

/**
 * Something an instance exports or a module imports: a {@link Func}, {@link Memory}, {@link Table},
 * {@link Global} or {@link Tag}. Every extern belongs to one {@link Store}; backends implement these
 * interfaces.
 */
public interface Extern {
    ExternType type();
}
