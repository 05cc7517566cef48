/**
 * WASI preview 1 ({@code wasi_snapshot_preview1}) on the wasm4j API, the same on every backend.
 *
 * <p>{@link dev.wasm4j.wasi.WasiConfig} says what the guest gets (arguments, environment, preopened
 * directories, stdio); a {@link dev.wasm4j.wasi.WasiContext} is one guest's state, one per store;
 * {@link dev.wasm4j.wasi.Wasi} defines the functions in a {@link dev.wasm4j.Linker} and runs commands.
 * {@code proc_exit} ends a run with a {@link dev.wasm4j.wasi.WasiExitException}.
 *
 * <pre>{@code
 * WasiConfig config = WasiConfig.builder()
 *         .args("app", "input.txt")
 *         .env("LANG", "C.UTF-8")
 *         .preopenDir(Path.of("work"), "/work")           // read-write
 *         .preopenDir(Path.of("assets"), "/assets", true) // read-only
 *         .inheritStdio()
 *         .build();
 *
 * // One call: instantiate, run _start, return the exit code.
 * int code = Wasi.run(Module.fromFile(engine, Path.of("app.wasm")), config);
 *
 * // Or wire it yourself, the context living in the store's data.
 * try (WasiContext wasi = WasiContext.create(config);
 *      Store<WasiContext> store = Store.create(engine, wasi)) {
 *     Linker<WasiContext> linker = Wasi.addToLinker(Linker.create(engine), ctx -> ctx);
 *     Instance instance = linker.instantiate(store, module);
 *     int exit = Wasi.run(instance);
 * }
 * }</pre>
 *
 * <p>The guest reaches only its preopened directories: paths are resolved component by component in
 * Java, and "..", absolute paths and symlinks that would lead outside answer {@code ENOTCAPABLE}.
 */
package dev.wasm4j.wasi;
