/**
 * Backend {@code wasmtime}: wasmtime's C API (version {@value dev.wasm4j.capi.WasmtimeLibrary#VERSION}) through
 * Panama, behind the public API.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>Bindings: {@link dev.wasm4j.capi.wasm_h} (the standard {@code wasm.h}, shared with any wasm-c-api
 *       library) and {@link dev.wasm4j.capi.wasmtime_h} ({@code wasmtime.h}), hand-written in jextract's
 *       layout; {@link dev.wasm4j.capi.WasmtimeLibrary} finds the library,
 *       {@link dev.wasm4j.capi.LayoutCheck} verifies the struct layouts before first use.</li>
 *   <li>Lifetimes: engine, module and store each own their native object and free it on close, with a
 *       {@link java.lang.ref.Cleaner} as safety net. A store's native buffers live in its arena.</li>
 *   <li>Calls into wasm: typed views are generated classes writing raw slots and calling
 *       {@code wasmtime_func_call_unchecked} ({@link dev.wasm4j.capi.TypedBridges}); dynamic calls use the
 *       same unchecked path when every parameter type allows it, else {@code wasmtime_func_call}.</li>
 *   <li>Calls out of wasm: every host function goes through one upcall stub; typed host functions through a
 *       generated {@link dev.wasm4j.capi.HostAdapter}. Exceptions are parked in the store while wasm
 *       unwinds ({@link dev.wasm4j.capi.CallFailures}).</li>
 *   <li>Traps: {@link dev.wasm4j.capi.TrapMapper} maps wasmtime's codes to the API's, telling apart by opcode
 *       those the spec words per instruction.</li>
 *   <li>What the C API does not expose is read from the module's bytes: custom sections, the name section,
 *       64-bit table limits, function body offsets ({@link dev.wasm4j.capi.BinaryScanner}).</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * Engines and modules are shared by any number of threads. A store lets one thread in at a time (it may move
 * between threads): a second thread gets an {@link java.lang.IllegalStateException}, as does any use of a
 * closed store, instead of the crash the native code would give.
 *
 * <h2>Known limits (wasmtime 50)</h2>
 * Mutable globals, sign extension, saturating conversions and extended constant expressions cannot be switched
 * off. Legacy exceptions and custom descriptors are not implemented (unsupported-feature errors). Host tables
 * with 64-bit limits and GC references (anyref, exnref, ...) going from the host into wasm are not supported. A
 * concrete reference type in an import or export type reads as its abstract supertype. Host functions and the
 * wasm they call share wasmtime's wasm stack budget (512 KiB by default), so re-entrant nesting is limited to
 * about a hundred levels.
 */
package dev.wasm4j.capi;
