package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;
import dev.wasm4j.wasi.WasiContext;
import dev.wasm4j.wasi.WasiExitException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

class ExitCodeProgramTest {
    @OnEveryBackend
    void returnFromMain(WasiRun wasi) {
        WasiRun.Result r = wasi.run("exit_codes", WasiConfig.builder().args("p", "return", "7"));
        assertEquals(7, r.exitCode(), r::toString);
        assertEquals("before return\n", r.stdout());
    }

    @OnEveryBackend
    void exitFlushesStdioFirst(WasiRun wasi) {
        WasiRun.Result r = wasi.run("exit_codes", WasiConfig.builder().args("p", "exit", "3"));
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("before exit\n", r.stdout());
    }

    @OnEveryBackend
    void exitZeroIsSuccess(WasiRun wasi) {
        WasiRun.Result r = wasi.run("exit_codes", WasiConfig.builder().args("p", "exit", "0"));
        assertEquals(0, r.exitCode(), r::toString);
    }

    @OnEveryBackend
    void underscoreExitAndRawProcExit(WasiRun wasi) {
        assertEquals(5, wasi.run("exit_codes", WasiConfig.builder().args("p", "_Exit", "5")).exitCode());
        WasiRun.Result r = wasi.run("exit_codes", WasiConfig.builder().args("p", "raw", "255"));
        assertEquals(255, r.exitCode(), r::toString);
        assertEquals("before raw\n", r.stdout());
    }

    @OnEveryBackend
    void abortTrapsAndTheHostKeepsRunning(WasiRun wasi) {
        Trap t = assertThrows(Trap.class,
                () -> wasi.run("exit_codes", WasiConfig.builder().args("p", "abort")));
        assertEquals(TrapCode.UNREACHABLE, t.code());
        Trap u = assertThrows(Trap.class,
                () -> wasi.run("exit_codes", WasiConfig.builder().args("p", "unreachable")));
        assertEquals(TrapCode.UNREACHABLE, u.code());
        assertEquals(0, wasi.run("exit_codes", WasiConfig.builder().args("p", "return", "0")).exitCode());
    }

    /** Through the plain API: proc_exit surfaces from Func.call as a WasiExitException. */
    @OnEveryBackend
    void procExitPropagatesOutOfFuncCallUnchanged(WasiRun wasi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiConfig config = WasiConfig.builder().args("p", "exit", "42").stdout(out).build();
        try (WasiContext ctx = WasiContext.create(config);
             Store<WasiContext> store = Store.create(wasi.engine(), ctx)) {
            Linker<WasiContext> linker = Wasi.addToLinker(Linker.create(wasi.engine()), c -> c);
            Instance instance = linker.instantiate(store, wasi.module("exit_codes"));
            Func start = instance.func("_start").orElseThrow();
            WasiExitException e = assertThrows(WasiExitException.class, start::call);
            assertEquals(42, e.exitCode());
            assertTrue(e.getMessage().contains("42"), e.getMessage());
        }
        assertEquals("before exit\n", out.toString(StandardCharsets.UTF_8));
    }

    /** The config-only linking gives each store its own context. */
    @OnEveryBackend
    void perStoreContextsFromConfig(WasiRun wasi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiConfig config = WasiConfig.builder().args("p", "return", "9").stdout(out).build();
        Linker<Void> linker = Wasi.addToLinker(Linker.create(wasi.engine()), config);
        for (int i = 0; i < 2; i++) {
            try (Store<Void> store = Store.create(wasi.engine())) {
                assertEquals(9, Wasi.run(linker.instantiate(store, wasi.module("exit_codes"))));
            }
        }
        assertEquals("before return\nbefore return\n", out.toString(StandardCharsets.UTF_8));
    }
}
