/**
 * WebAssembly text format (WAT) to binary: {@link dev.wasm4j.internal.text.Wat#toBinary(String)}.
 *
 * <p>The pipeline: {@code Lexer} turns UTF-8 into tokens (comments and annotations dropped,
 * {@code @custom} annotations kept aside); {@code ModuleScanner} finds the module fields, binds
 * all ids and parses the type definitions; {@code ModuleEncoder} then encodes each field in
 * source order (with {@code InstructionParser} for code), and {@code ModuleBuilder} assembles the
 * sections. Errors are {@link dev.wasm4j.internal.text.TextParseException}s worded like the
 * reference interpreter's, so {@code assert_malformed} expectations can be compared.
 */
package dev.wasm4j.internal.text;
