/**
 * The decoded form of a module, as a compiler consumes it: {@link dev.wasm4j.pure.internal.model.WasmModule}
 * and the records it is made of. Types are int-coded ({@link dev.wasm4j.pure.internal.model.ValueTypes});
 * every index space lists imports first; function bodies and data stay as byte ranges of the binary.
 */
package dev.wasm4j.pure.internal.model;
