package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.StoreLimits;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fuel, epochs and store limits map onto wasmtime where its defaults differ from the API's, and the paths
 * the shared {@code ResourceControlsTest} does not take: typed (unchecked) calls, host functions changing the
 * controls mid-call, wasmtime's own limit messages.
 */
class ResourceControlsWasmtimeTest extends WasmtimeTestSupport {
    private static final String COUNT = """
            (module
              (func (export "count") (param $n i32) (result i32) (local $i i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $l)))
                (local.get $i)))
            """;

    private Engine engineWith(boolean fuel, boolean epochs) {
        engine = Engine.builder().backend(WasmtimeBackend.NAME).consumeFuel(fuel).epochInterruption(epochs).build();
        return engine;
    }

    @Test
    void typed_calls_run_out_of_fuel_too() {
        engineWith(true, false);
        IntUnaryOperator count = instantiate(COUNT).func("count").orElseThrow().typed(IntUnaryOperator.class);
        store().setFuel(100);
        Trap trap = assertThrows(Trap.class, () -> count.applyAsInt(1_000_000));
        assertEquals(TrapCode.OUT_OF_FUEL, trap.code());
        assertEquals(0, store().getFuel());
        store().setFuel(1_000_000);
        assertEquals(10, count.applyAsInt(10));
    }

    @Test
    void a_host_function_may_refuel_the_store_that_called_it() {
        engineWith(true, false);
        linker().func("env", "refuel", new FuncType(List.of(), List.of()), (caller, args) -> {
            store().setFuel(store().getFuel() + 1_000_000);
            return new Val[0];
        });
        Instance i = instantiate("""
                (module (import "env" "refuel" (func $refuel))
                  (func (export "run") (param $n i32) (result i32) (local $i i32)
                    (call $refuel)
                    (block $done
                      (loop $l
                        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                        (br $l)))
                    (local.get $i)))
                """);
        store().setFuel(100);
        assertEquals(10_000, i.func("run").orElseThrow().call(Val.i32(10_000))[0].asI32());
    }

    @Test
    void a_store_without_a_deadline_outlives_many_epochs() {
        engineWith(false, true);
        Func count = instantiate(COUNT).func("count").orElseThrow();
        for (int k = 0; k < 10_000; k++) {
            engine.incrementEpoch();
        }
        assertEquals(1000, count.call(Val.i32(1000))[0].asI32());
        // A new store after those increments gets no deadline either.
        Store<Void> second = Store.create(engine);
        try {
            Func other = linker().instantiate(second, compile(COUNT)).func("count").orElseThrow();
            assertEquals(5, other.call(Val.i32(5))[0].asI32());
            second.setEpochDeadline(0);
            assertEquals(TrapCode.INTERRUPTED, assertThrows(Trap.class, () -> other.call(Val.i32(5))).code());
        } finally {
            second.close();
        }
    }

    @Test
    void a_closed_engine_refuses_to_advance_its_epoch() {
        engineWith(false, true).close();
        assertThrows(IllegalStateException.class, engine::incrementEpoch);
    }

    @Test
    void unlimited_counts_lift_wasmtimes_default_of_ten_thousand() {
        Module withTable = compile("(module (table 0 funcref))");
        for (int k = 0; k < 10_001; k++) {
            linker().instantiate(store(), withTable);
        }
    }

    @Test
    void limit_failures_carry_wasmtimes_message() {
        store().setLimits(StoreLimits.UNLIMITED.withMemoryBytes(65536).withTables(1));
        WasmException memory = assertThrows(WasmException.class, () -> instantiate("(module (memory 2))"));
        assertTrue(memory.getMessage().contains("memory"), memory.getMessage());
        instantiate("(module (table 1 funcref))");
        WasmException table = assertThrows(WasmException.class, () -> instantiate("(module (table 1 funcref))"));
        assertTrue(table.getMessage().contains("table"), table.getMessage());
    }
}
