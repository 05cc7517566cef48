/**
 * WAST scripts, the spec test suite's format, as an immutable command model.
 *
 * <p>A runner calls {@link dev.wasm4j.internal.text.wast.WastParser#parse(String, String)} and
 * walks {@link dev.wasm4j.internal.text.wast.WastScript#commands()}, switching over the sealed
 * {@link dev.wasm4j.internal.text.wast.WastCommand} records. Modules are encoded on demand with
 * {@link dev.wasm4j.internal.text.wast.WastModule#encode()}: text and quoted modules are parsed
 * then (a malformed one throws {@link dev.wasm4j.internal.text.TextParseException}), binary
 * modules come back as written.
 */
package dev.wasm4j.internal.text.wast;
