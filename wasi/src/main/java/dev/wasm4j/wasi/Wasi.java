package dev.wasm4j.wasi;

import dev.wasm4j.Caller;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.WasmException;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.functions.WasiFunctions;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * WASI preview 1 ({@code wasi_snapshot_preview1}) for wasm4j: defines its functions in a {@link Linker},
 * and runs WASI commands.
 *
 * <pre>{@code
 * WasiConfig config = WasiConfig.builder().args("app", "--verbose").inheritStdio()
 *         .preopenDir(Path.of("data"), "/data").build();
 * int exitCode = Wasi.run(Module.fromFile(engine, Path.of("app.wasm")), config);
 * }</pre>
 *
 * The functions are written against the public API only, so they behave the same on every backend.
 */
public final class Wasi {
    /** The import module name of WASI preview 1. */
    public static final String MODULE = WasiFunctions.MODULE;

    private Wasi() {
    }

    /**
     * Defines every {@code wasi_snapshot_preview1} function in {@code linker}; a call finds its
     * {@link WasiContext} from the calling store's data through {@code contextOf} (e.g. {@code ctx -> ctx}
     * for a {@code Store<WasiContext>}, or {@code MyData::wasi}).
     */
    public static <T> Linker<T> addToLinker(Linker<T> linker, Function<? super T, WasiContext> contextOf) {
        WasiFunctions.register(linker, caller -> stateOf(caller, contextOf));
        return linker;
    }

    /**
     * Defines every {@code wasi_snapshot_preview1} function in {@code linker}, each store getting its own
     * {@link WasiContext} made from {@code config} on its first WASI call. Files the guest leaves open are
     * closed when their store is garbage-collected; to close them at a known point, keep the context in
     * the store's data and use {@link #addToLinker(Linker, Function)}.
     */
    public static <T> Linker<T> addToLinker(Linker<T> linker, WasiConfig config) {
        Map<Store<?>, WasiContext> contexts = Collections.synchronizedMap(new WeakHashMap<>());
        WasiFunctions.register(linker, caller -> contexts.computeIfAbsent(caller.store(),
                store -> WasiContext.create(config)).state);
        return linker;
    }

    /**
     * Runs a WASI command: calls its {@code _start} export and returns the exit code, 0 when
     * {@code _start} returns normally. A trap propagates as a {@link dev.wasm4j.Trap}.
     *
     * @throws WasmException when the instance exports no {@code _start} function
     */
    public static int run(Instance instance) {
        Func start = instance.func("_start").orElseThrow(() -> new WasmException(
                "the module exports no _start function, so it is not a WASI command"));
        try {
            start.call();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }

    /**
     * Instantiates {@code module} in a new store with a new context from {@code config}, runs it as a
     * command ({@link #run(Instance)}), closes both, and returns the exit code.
     */
    public static int run(Module module, WasiConfig config) {
        try (WasiContext context = WasiContext.create(config);
             Store<WasiContext> store = Store.create(module.engine(), context)) {
            Linker<WasiContext> linker = addToLinker(Linker.create(module.engine()), ctx -> ctx);
            Instance instance;
            try {
                instance = linker.instantiate(store, module);
            } catch (WasiExitException e) {
                return e.exitCode(); // proc_exit from a start function
            }
            return run(instance);
        }
    }

    private static <T> WasiState stateOf(Caller caller, Function<? super T, WasiContext> contextOf) {
        T data = caller.data();
        WasiContext context = contextOf.apply(data);
        if (context == null) {
            throw new WasmException("no WasiContext for this store: the function given to Wasi.addToLinker returned null");
        }
        return context.state;
    }
}
