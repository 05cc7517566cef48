package dev.wasm4j.apitests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.StoreLimits;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Fuel, epoch interruption and store limits: what bounds untrusted code, the same on every backend. */
class ResourceControlsTest {
    private static final String LOOPS = """
            (module
              (func (export "spin") (loop $l (br $l)))
              ;; n iterations of a loop of about ten instructions; returns n.
              (func (export "count") (param $n i32) (result i32) (local $i i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $l)))
                (local.get $i))
              (func $rec (export "recurse") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1))))))))
            """;

    @OnEveryBackend
    void fuelBoundsTheWorkAndRunsOut(Wasm w) {
        try (Engine engine = w.engineBuilder().consumeFuel(true).build(); Store<Void> store = Store.create(engine)) {
            Instance i = Linker.<Void>create(engine).instantiate(store, Module.fromText(engine, LOOPS));
            assertEquals(0, store.getFuel());
            Trap none = assertThrows(Trap.class, () -> i.func("count").orElseThrow().call(Val.i32(10)));
            assertEquals(TrapCode.OUT_OF_FUEL, none.code());

            store.setFuel(1_000_000);
            assertEquals(1000, i.func("count").orElseThrow().call(Val.i32(1000))[0].asI32());
            long used = 1_000_000 - store.getFuel();
            // About one unit per instruction: 1000 iterations of ~10 instructions.
            assertTrue(used >= 1000 && used <= 100_000, "fuel used: " + used);

            store.setFuel(50_000);
            Trap spin = assertThrows(Trap.class, () -> i.func("spin").orElseThrow().call());
            assertEquals(TrapCode.OUT_OF_FUEL, spin.code());
            assertEquals(0, store.getFuel());

            store.setFuel(10_000_000);
            assertEquals(500, i.func("recurse").orElseThrow().call(Val.i32(500))[0].asI32());
        }
    }

    @OnEveryBackend
    void fuelAndEpochsAreRefusedWhenTheEngineDoesNotHaveThem(Wasm w) {
        Store<Void> store = w.store();
        assertThrows(IllegalStateException.class, () -> store.setFuel(10));
        assertThrows(IllegalStateException.class, store::getFuel);
        assertThrows(IllegalStateException.class, () -> store.setEpochDeadline(1));
    }

    @OnEveryBackend
    void anotherThreadInterruptsARunThroughTheEpoch(Wasm w) throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Engine engine = w.engineBuilder().epochInterruption(true).build();
             Store<Void> store = Store.create(engine)) {
            Instance i = Linker.<Void>create(engine).instantiate(store, Module.fromText(engine, LOOPS));
            // No deadline set: runs to completion.
            assertEquals(100_000, i.func("count").orElseThrow().call(Val.i32(100_000))[0].asI32());

            store.setEpochDeadline(1);
            timer.schedule(engine::incrementEpoch, 100, TimeUnit.MILLISECONDS);
            Trap t = assertThrows(Trap.class, () -> i.func("spin").orElseThrow().call());
            assertEquals(TrapCode.INTERRUPTED, t.code());

            store.setEpochDeadline(1_000);
            assertEquals(7, i.func("count").orElseThrow().call(Val.i32(7))[0].asI32());
        } finally {
            timer.shutdownNow();
        }
    }

    @OnEveryBackend
    void limitsStopMemoriesAndTablesFromGrowing(Wasm w) {
        Store<Void> store = w.store();
        store.setLimits(StoreLimits.UNLIMITED.withMemoryBytes(3 * 65536).withTableElements(20));
        Linker<Void> linker = w.linker();
        Instance i = linker.instantiate(store, w.compile("""
                (module (memory (export "mem") 1) (table (export "tab") 10 funcref)
                  (func (export "growMemory") (param i32) (result i32) (memory.grow (local.get 0)))
                  (func (export "growTable") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
                """));
        Func growMemory = i.func("growMemory").orElseThrow();
        assertArrayEquals(new Val[] {Val.i32(1)}, growMemory.call(Val.i32(2)));
        assertArrayEquals(new Val[] {Val.i32(-1)}, growMemory.call(Val.i32(1)));
        Memory mem = i.memory("mem").orElseThrow();
        assertEquals(3, mem.pages());
        Func growTable = i.func("growTable").orElseThrow();
        assertArrayEquals(new Val[] {Val.i32(10)}, growTable.call(Val.i32(10)));
        assertArrayEquals(new Val[] {Val.i32(-1)}, growTable.call(Val.i32(1)));
        assertThrows(WasmException.class, () -> linker.instantiate(store, w.compile("(module (memory 4))")));
    }

    @OnEveryBackend
    void limitsBoundTheInstancesOfAStore(Wasm w) {
        Store<Void> store = w.store();
        store.setLimits(StoreLimits.UNLIMITED.withInstances(2));
        Linker<Void> linker = w.linker();
        Module empty = w.compile("(module)");
        linker.instantiate(store, empty);
        linker.instantiate(store, empty);
        assertThrows(WasmException.class, () -> linker.instantiate(store, empty));
    }
}
