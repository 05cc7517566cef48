/**
 * The binary format of WebAssembly 3.0 (and the threads, wide-arithmetic and custom-page-sizes
 * proposals): {@link dev.wasm4j.pure.internal.decode.ModuleDecoder} builds the module model section by
 * section; {@link dev.wasm4j.pure.internal.decode.CodeReader} decodes instructions one at a time, lazily,
 * for the validator and the compiler alike. Errors are {@link dev.wasm4j.MalformedModuleException}s with
 * the spec test suite's wording and the exact byte offset.
 */
package dev.wasm4j.pure.internal.decode;
