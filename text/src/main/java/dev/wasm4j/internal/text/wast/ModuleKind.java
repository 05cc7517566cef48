package dev.wasm4j.internal.text.wast;

/** How a script gives a module. */
public enum ModuleKind {
    /** {@code (module ...)} with module fields: encoded from text. */
    TEXT,
    /** {@code (module binary "..."*)}: the bytes as given. */
    BINARY,
    /** {@code (module quote "..."*)}: text parsed only when encoded (may be malformed). */
    QUOTE
}
