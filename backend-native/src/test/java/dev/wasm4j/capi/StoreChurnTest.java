package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Creating and closing many stores, each with an instance, host functions, memory and externrefs, frees
 * what each one took: the process's resident memory outside the Java heap stays bounded and no host function
 * or externref handle is left behind; stores nobody closes are freed by the Cleaner. Isolated, one test at a
 * time: other tests' allocations would blur the measurement.
 */
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
@ExtendWith(RequiresWasmtime.class)
class StoreChurnTest {
    private static final int STORES = 10_000;
    private static final String WAT = """
            (module
              (import "host" "twice" (func $twice (param i32) (result i32)))
              (import "host" "keep" (func $keep (param externref) (result externref)))
              (memory (export "memory") 1)
              (func (export "run") (param i32) (result i32)
                (i32.store (i32.const 0) (call $twice (local.get 0)))
                (i32.load (i32.const 0)))
              (func (export "echo") (param externref) (result externref)
                (call $keep (local.get 0))))
            """;

    interface Echo {
        Object echo(Object o);
    }

    @Test
    void ten_thousand_stores_with_instances_and_host_functions_keep_memory_bounded() throws IOException {
        try (Engine engine = Engine.builder().backend(WasmtimeBackend.NAME).build()) {
            Module module = Module.fromText(engine, WAT);
            Linker<Void> linker = Linker.create(engine);
            linker.func("host", "twice", IntUnaryOperator.class, x -> 2 * x);
            linker.func("host", "keep", new FuncType(List.of(ValType.EXTERNREF), List.of(ValType.EXTERNREF)),
                    (caller, args) -> new Val[] {args[0]});
            int hostFunctionsBefore = HostFunctions.liveCount();
            int externRefsBefore = ExternRefs.liveCount();
            long nativeAfterWarmup = Long.MAX_VALUE;
            long nativeAtEnd = Long.MAX_VALUE;
            for (int i = 0; i < STORES; i++) {
                try (Store<Void> store = Store.create(engine)) {
                    Instance instance = linker.instantiate(store, module);
                    Func run = instance.func("run").orElseThrow();
                    assertEquals(2 * i, run.typed(IntUnaryOperator.class).applyAsInt(i));
                    String payload = "payload " + i;
                    assertEquals(payload, instance.func("echo").orElseThrow().typed(Echo.class).echo(payload));
                    assertEquals(2 * i, instance.memory("memory").orElseThrow().readInt(0));
                }
                // The lowest of three samples at each end: the JVM's own native memory swings with its heap.
                if (i + 1 == STORES / 10 || i + 1 == STORES / 10 + 500 || i + 1 == STORES / 10 + 1000) {
                    nativeAfterWarmup = Math.min(nativeAfterWarmup, residentOutsideHeapKiB());
                } else if (i + 1 == STORES - 1000 || i + 1 == STORES - 500 || i + 1 == STORES) {
                    nativeAtEnd = Math.min(nativeAtEnd, residentOutsideHeapKiB());
                }
            }
            long growthMiB = (nativeAtEnd - nativeAfterWarmup) / 1024;
            System.out.printf("store churn: resident outside the Java heap %d MiB after %d stores, %d MiB after %d"
                    + " (growth %d MiB)%n", nativeAfterWarmup / 1024, STORES / 10, nativeAtEnd / 1024, STORES,
                    growthMiB);
            assertTrue(growthMiB < 64, "resident memory outside the Java heap grew by " + growthMiB + " MiB over "
                    + (STORES - STORES / 10) + " stores");
            // At most as many as before: the Cleaner may meanwhile free stores other tests left open.
            assertTrue(HostFunctions.liveCount() <= hostFunctionsBefore, "host functions left registered: "
                    + HostFunctions.liveCount() + " > " + hostFunctionsBefore);
            assertTrue(ExternRefs.liveCount() <= externRefsBefore, "externref objects left registered: "
                    + ExternRefs.liveCount() + " > " + externRefsBefore);
        }
    }

    @Test
    void stores_never_closed_are_freed_by_the_cleaner() throws InterruptedException {
        try (Engine engine = Engine.builder().backend(WasmtimeBackend.NAME).build()) {
            Module module = Module.fromText(engine, WAT);
            Linker<Void> linker = Linker.create(engine);
            linker.func("host", "twice", IntUnaryOperator.class, x -> 2 * x);
            linker.func("host", "keep", new FuncType(List.of(ValType.EXTERNREF), List.of(ValType.EXTERNREF)),
                    (caller, args) -> new Val[] {args[0]});
            int before = HostFunctions.liveCount();
            for (int i = 0; i < 1000; i++) {
                Instance instance = linker.instantiate(Store.create(engine), module);
                assertEquals(2, instance.func("run").orElseThrow().typed(IntUnaryOperator.class).applyAsInt(1));
            }
            for (int wait = 0; wait < 200 && HostFunctions.liveCount() > before; wait++) {
                System.gc();
                Thread.sleep(50);
            }
            assertTrue(HostFunctions.liveCount() <= before, "host functions of forgotten stores still registered: "
                    + HostFunctions.liveCount() + " > " + before);
        }
    }

    /**
     * VmRSS from /proc/self/status less the committed Java heap, in KiB: native memory (wasmtime's and the
     * arenas'), code and metadata, without the heap's own growth blurring it.
     */
    static long residentOutsideHeapKiB() throws IOException {
        System.gc();
        return residentKiB() - Runtime.getRuntime().totalMemory() / 1024;
    }

    /** VmRSS from /proc/self/status, in KiB. */
    static long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
