package dev.wasm4j.internal.text.wast;

import java.util.Optional;

/**
 * A module in a script.
 *
 * @param line the 1-based line of {@code (module}
 * @param id the module's {@code $id}, if any (a definition's id for {@code module definition})
 * @param kind text, binary or quote form
 * @param isDefinition true for {@code (module definition ...)}: define, but do not instantiate
 * @param source produces the binary
 */
public record WastModule(int line, Optional<String> id, ModuleKind kind, boolean isDefinition, ModuleSource source) {

    /**
     * The binary module. Text and quoted modules are encoded on each call, so a malformed quoted
     * module throws {@link dev.wasm4j.internal.text.TextParseException} here; binary modules are
     * returned as written. Text is only checked for well-formedness, never validated.
     */
    public byte[] encode() {
        return source.encode();
    }

    @Override
    public String toString() {
        return "module" + (isDefinition ? " definition" : "") + id.map(i -> " $" + i).orElse("") + " (" + source
                + ")";
    }
}
