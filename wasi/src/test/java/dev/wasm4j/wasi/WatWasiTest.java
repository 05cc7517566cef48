package dev.wasm4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.WasmException;
import dev.wasm4j.wasi.programs.OnEveryBackend;
import dev.wasm4j.wasi.programs.WasiRun;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Hand-written WAT modules on every backend: WASI without the C toolchain. */
class WatWasiTest {
    private static final String HELLO = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hi from wat\\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 12))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                (call $proc_exit (i32.load (i32.const 8)))))
            """;

    @OnEveryBackend
    void writesAndExitsWithTheByteCount(WasiRun wasi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Module module = Module.fromText(wasi.engine(), HELLO);
        int code = Wasi.run(module, WasiConfig.builder().stdout(out).build());
        assertEquals(12, code); // proc_exit(nwritten)
        assertEquals("hi from wat\n", out.toString(StandardCharsets.UTF_8));
    }

    @OnEveryBackend
    void exitPassesThroughFuncCallAndTheStoreStaysUsable(WasiRun wasi) {
        Module module = Module.fromText(wasi.engine(), HELLO);
        try (WasiContext ctx = WasiContext.create(WasiConfig.builder().build());
             Store<WasiContext> store = Store.create(wasi.engine(), ctx)) {
            Linker<WasiContext> linker = Wasi.addToLinker(Linker.create(wasi.engine()), c -> c);
            Instance instance = linker.instantiate(store, module);
            Func start = instance.func("_start").orElseThrow();
            assertEquals(12, assertThrows(WasiExitException.class, start::call).exitCode());
            assertEquals(12, assertThrows(WasiExitException.class, start::call).exitCode());
        }
    }

    @OnEveryBackend
    void everyPreview1FunctionIsDefined(WasiRun wasi) {
        String[] names = {"args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get",
            "clock_time_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get",
            "fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size",
            "fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read",
            "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write", "path_create_directory",
            "path_filestat_get", "path_filestat_set_times", "path_link", "path_open", "path_readlink",
            "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file", "poll_oneoff", "proc_exit",
            "proc_raise", "sched_yield", "random_get", "sock_accept", "sock_recv", "sock_send", "sock_shutdown"};
        assertEquals(46, names.length);
        Linker<WasiContext> linker = Wasi.addToLinker(Linker.create(wasi.engine()), c -> c);
        try (WasiContext ctx = WasiContext.create(WasiConfig.builder().build());
             Store<WasiContext> store = Store.create(wasi.engine(), ctx)) {
            for (String name : names) {
                assertTrue(linker.get(store, Wasi.MODULE, name).isPresent(), name);
            }
            // The signatures as the witx ABI lowers them.
            assertEquals("(func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32))",
                    linker.get(store, Wasi.MODULE, "path_open").orElseThrow().type().toString());
            assertEquals("(func (param i32 i64 i32 i32) (result i32))",
                    linker.get(store, Wasi.MODULE, "fd_seek").orElseThrow().type().toString());
            assertEquals("(func (param i32))",
                    linker.get(store, Wasi.MODULE, "proc_exit").orElseThrow().type().toString());
        }
    }

    @OnEveryBackend
    void aModuleWithoutMemoryIsToldWhy(WasiRun wasi) {
        Module module = Module.fromText(wasi.engine(), """
                (module
                  (import "wasi_snapshot_preview1" "args_sizes_get" (func $a (param i32 i32) (result i32)))
                  (func (export "_start") (drop (call $a (i32.const 0) (i32.const 4)))))
                """);
        WasmException e = assertThrows(WasmException.class, () -> Wasi.run(module, WasiConfig.builder().build()));
        assertTrue(e.getMessage().contains("memory"), e.getMessage());
    }

    @OnEveryBackend
    void aModuleWithoutStartIsNotACommand(WasiRun wasi) {
        Module module = Module.fromText(wasi.engine(), "(module (memory (export \"memory\") 1))");
        WasmException e = assertThrows(WasmException.class, () -> Wasi.run(module, WasiConfig.builder().build()));
        assertTrue(e.getMessage().contains("_start"), e.getMessage());
    }
}
