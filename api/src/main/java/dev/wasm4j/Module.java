package dev.wasm4j;

import dev.wasm4j.internal.text.TextParseException;
import dev.wasm4j.internal.text.Wat;
import dev.wasm4j.spi.BackendModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated, compiled WebAssembly module. Immutable and safe to share between threads; instantiate
 * it as often as needed.
 */
public final class Module {
    private final Engine engine;
    private final BackendModule compiled;

    private Module(Engine engine, BackendModule compiled) {
        this.engine = engine;
        this.compiled = compiled;
    }

    /** Compiles a binary module. */
    public static Module fromBytes(Engine engine, byte[] wasm) {
        return new Module(engine, engine.backendEngine().compile(wasm));
    }

    /** Compiles a module written in the text format (WAT). */
    public static Module fromText(Engine engine, String wat) {
        return fromBytes(engine, textToBinary(wat, "<text>"));
    }

    /** Compiles a {@code .wasm} file, or a {@code .wat} file (told apart by the binary magic number). */
    public static Module fromFile(Engine engine, Path file) {
        return fromBytes(engine, readModuleFile(file));
    }

    /**
     * Loads a module written by {@link #serialize()}, without compiling it again where the backend can
     * (wasmtime loads its machine code; pure validates the binary again and compiles lazily anyway).
     *
     * <p><b>Trust:</b> for native backends the bytes are machine code: load only what your own program
     * serialized and kept safe, never bytes from an untrusted source (compile those from the binary).
     *
     * @throws CompileException when the bytes are not a serialized module of this engine's backend and
     *                          version
     */
    public static Module deserialize(Engine engine, byte[] serialized) {
        return new Module(engine, engine.backendEngine().deserialize(serialized));
    }

    /** Decodes and validates without compiling; throws the matching {@link CompileException}. */
    public static void validate(Engine engine, byte[] wasm) {
        engine.backendEngine().validate(wasm);
    }

    /**
     * The binary form of a module file: the bytes themselves for a binary module, the encoded text
     * otherwise.
     */
    public static byte[] readModuleFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (isBinary(bytes)) {
            return bytes;
        }
        return textToBinary(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    private static boolean isBinary(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
    }

    /** Encodes WAT text to a binary module, reporting syntax errors as {@link TextFormatException}. */
    public static byte[] textToBinary(String wat, String sourceName) {
        try {
            return Wat.toBinary(wat, sourceName);
        } catch (TextParseException e) {
            throw new TextFormatException(e.getMessage(), e.line(), e.column(), e.reason(), e);
        }
    }

    public Engine engine() {
        return engine;
    }

    /** This module, compiled, in a form {@link #deserialize} loads with the same backend and version. */
    public byte[] serialize() {
        return compiled.serialize();
    }

    public List<ImportType> imports() {
        return compiled.imports();
    }

    public List<ExportType> exports() {
        return compiled.exports();
    }

    public Optional<ExportType> export(String name) {
        return compiled.exports().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Every custom section, in the order of the binary. */
    public List<CustomSection> customSections() {
        return compiled.customSections();
    }

    /** The custom sections with the given name, in the order of the binary. */
    public List<CustomSection> customSections(String name) {
        return compiled.customSections().stream().filter(c -> c.name().equals(name)).toList();
    }

    /** The names of the {@code name} section (empty if it has none). */
    public ModuleNames names() {
        return compiled.names();
    }

    /** The backend's form of this module, for the linker. */
    BackendModule backendModule() {
        return compiled;
    }
}
