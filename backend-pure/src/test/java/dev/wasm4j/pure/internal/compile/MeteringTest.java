package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.pure.internal.runtime.EngineEpoch;
import dev.wasm4j.pure.internal.runtime.PureStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Fuel charges and epoch checks as the compiler emits them (see {@link Meter}), below the public API. */
class MeteringTest {
    private static final Instrumentation FUEL = new Instrumentation(true, false);
    private static final Instrumentation EPOCHS = new Instrumentation(false, true);
    private static final long PLENTY = 1L << 40;

    /** count(n): 9 units per iteration, 4 for the last test, 1 for the result; block, loop and end are free. */
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

    /** even(n) by n mutual tail calls: 3 units up to the if, 4 in the else up to the tail call, 1 for the result. */
    private static final String EVEN_ODD = """
            (module
              (func $even (export "even") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (return_call $even (i32.sub (local.get 0) (i32.const 1)))))))
            """;

    @AfterEach
    void reset() {
        FunctionSplitter.resetLimits();
    }

    private static long fuelUsed(String wat, String function, Val... args) {
        PureStore store = new PureStore(null);
        store.setFuel(PLENTY);
        Wasm.of(Feature.WASM_3_0, FUEL, store, wat).call(function, args);
        return PLENTY - store.getFuel();
    }

    @Test
    void aUnitPerInstructionExceptStructureNopAndDrop() {
        assertEquals(5, fuelUsed(COUNT, "count", Val.i32(0)));
        assertEquals(9 * 1000 + 5, fuelUsed(COUNT, "count", Val.i32(1000)));
        assertEquals(2, fuelUsed("""
                (module (func (export "f") (result i32) (block (nop) (drop (i32.const 1)) (nop)) (return (i32.const 2))))
                """, "f"));
    }

    @Test
    void runningOutTrapsAndLeavesNoFuel() {
        PureStore store = new PureStore(null);
        Wasm w = Wasm.of(Feature.WASM_2_0, FUEL, store, COUNT);
        store.setFuel(9 * 10);
        Trap t = assertThrows(Trap.class, () -> w.call("count", Val.i32(10)));
        assertEquals(TrapCode.OUT_OF_FUEL, t.code());
        assertEquals(0, store.getFuel());
        store.setFuel(9 * 10 + 5);
        assertEquals(10, w.i32("count", Val.i32(10)));
        assertEquals(0, store.getFuel());
    }

    @Test
    void splitPartsChargeWhatTheWholeFunctionCharges() {
        String wat = """
                (module (memory 1)
                  (func (export "f") (param $n i32) (result i32) (local $i i32) (local $acc i32)
                    (block $out
                      (loop $again
                        (i32.store (i32.mul (local.get $i) (i32.const 4)) (local.get $i))
                        (block $a (block $b (block $c
                          (br_table $a $b $c (i32.rem_u (local.get $i) (i32.const 3))))
                          (local.set $acc (i32.add (local.get $acc) (i32.const 1000))))
                          (if (i32.and (local.get $i) (i32.const 1))
                            (then (local.set $acc (i32.sub (local.get $acc) (i32.const 1))))
                            (else (local.set $acc (i32.add (local.get $acc) (call $g (local.get $i)))))))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))
                        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
                        (br $again)))
                    (local.get $acc))
                  (func $g (param i32) (result i32) (i32.load (i32.const 8))))
                """;
        long whole = fuelUsed(wat, "f", Val.i32(100));
        for (int limit : new int[] {30, 60, 120}) {
            FunctionSplitter.setLimits(limit, limit, 1);
            assertEquals(whole, fuelUsed(wat, "f", Val.i32(100)), "parts of at most " + limit + " bytes");
        }
    }

    @Test
    void tailCallChainsPayForEveryCall() {
        assertEquals(7L * 1_000_000 + 4, fuelUsed(EVEN_ODD, "even", Val.i32(1_000_000)));
        FunctionSplitter.setLimits(30, 30, 1);
        assertEquals(7L * 1_000 + 4, fuelUsed(EVEN_ODD, "even", Val.i32(1_000)));

        PureStore store = new PureStore(null);
        Wasm w = Wasm.of(Feature.WASM_3_0, FUEL, store, EVEN_ODD);
        store.setFuel(10_000);
        Trap t = assertThrows(Trap.class, () -> w.call("even", Val.i32(1_000_000)));
        assertEquals(TrapCode.OUT_OF_FUEL, t.code());
        assertEquals(0, store.getFuel());
    }

    @Test
    void catchAllDoesNotCatchRunningOut() {
        PureStore store = new PureStore(null);
        Wasm w = Wasm.of(Feature.WASM_3_0, FUEL, store, """
                (module (tag $t)
                  (func $thrower (throw $t))
                  (func (export "f") (result i32)
                    (block $caught (try_table (catch_all $caught) (call $thrower)) (unreachable))
                    (block $h (try_table (catch_all $h) (loop $l (br $l))))
                    (i32.const 7)))
                """);
        store.setFuel(1_000);
        Trap t = assertThrows(Trap.class, () -> w.call("f"));
        assertEquals(TrapCode.OUT_OF_FUEL, t.code());
    }

    @Test
    void aDeadlineAlreadyReachedInterruptsARecursionWithoutLoopsAtItsFirstEntry() {
        PureStore store = new PureStore(null);
        Wasm w = Wasm.of(Feature.WASM_2_0, EPOCHS, store, """
                (module
                  (func $rec (export "rec") (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                      (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1))))))))
                """);
        assertEquals(300, w.i32("rec", Val.i32(300)));
        store.setEpochDeadline(0);
        Trap t = assertThrows(Trap.class, () -> w.call("rec", Val.i32(300)));
        assertEquals(TrapCode.INTERRUPTED, t.code());
        assertEquals(1, t.backtrace().size(), t.getMessage());
    }

    @Test
    void anotherThreadInterruptsAnEndlessTailRecursion() {
        assertInterrupted("(module (func $spin (export \"spin\") (return_call $spin)))");
    }

    @Test
    void anotherThreadInterruptsALoopInASplitFunction() {
        FunctionSplitter.setLimits(30, 30, 1);
        assertInterrupted("""
                (module (func (export "spin") (local $i i32)
                  (block (loop $l
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (block (local.set $i (i32.and (local.get $i) (i32.const 255))))
                    (br $l)))))
                """);
    }

    private static void assertInterrupted(String wat) {
        EngineEpoch epoch = new EngineEpoch();
        PureStore store = new PureStore(null, epoch);
        Wasm w = Wasm.of(Feature.WASM_3_0, EPOCHS, store, wat);
        store.setEpochDeadline(1);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(epoch::increment, 50, TimeUnit.MILLISECONDS);
            Trap t = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(Trap.class, () -> w.call("spin")));
            assertEquals(TrapCode.INTERRUPTED, t.code());
        } finally {
            timer.shutdownNow();
        }
    }
}
