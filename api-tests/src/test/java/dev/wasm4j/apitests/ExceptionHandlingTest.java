package dev.wasm4j.apitests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;

import java.util.List;

/** Exception handling (3.0): tags, throw, try_table catch clauses, throw_ref, across instances. */
class ExceptionHandlingTest {
    private static final String THROWER = """
            (module
              (tag $oops (export "oops") (param i32 i64))
              (func (export "throwIf") (param i32)
                (if (local.get 0) (then (throw $oops (local.get 0) (i64.const 1234567890123))))))
            """;

    private static final String CATCHER = """
            (module
              (import "lib" "oops" (tag $oops (param i32 i64)))
              (import "lib" "throwIf" (func $throwIf (param i32)))
              (tag $other)
              ;; 100 + what the tag carries when it is thrown, 7 when not; the 100 below the try_table survives.
              (func (export "catchValues") (param i32) (result i64) (local $carried i64)
                (i64.const 100)
                (block $caught (result i32 i64)
                  (try_table (catch $oops $caught)
                    (call $throwIf (local.get 0)))
                  (i32.const 0) (i64.const 7))
                (local.set $carried)
                (i64.add (i64.extend_i32_u))
                (i64.add (local.get $carried)))
              ;; catch_all_ref then throw_ref: rethrown to the host, which sees an uncaught exception.
              (func (export "rethrow") (param i32)
                (throw_ref (block $h (result exnref)
                  (try_table (catch_all_ref $h) (call $throwIf (local.get 0)))
                  (return))))
              ;; A clause for another tag does not catch it.
              (func (export "wrongTag") (param i32) (result i32)
                (block $h
                  (try_table (catch $other $h) (call $throwIf (local.get 0)))
                  (return (i32.const 0)))
                (i32.const 1)))
            """;

    @OnEveryBackend
    void exceptionsCrossInstancesAndReachTheHostAsUncaught(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module thrower = Wasm.compileNeeding(Feature.EXCEPTIONS, engine, THROWER);
            Linker<Void> linker = Linker.create(engine);
            Instance lib = linker.instantiate(store, thrower);
            linker.instance("lib", lib);
            Instance i = linker.instantiate(store, Module.fromText(engine, CATCHER));

            assertArrayEquals(new Val[] {Val.i64(107)}, i.func("catchValues").orElseThrow().call(Val.i32(0)));
            assertArrayEquals(new Val[] {Val.i64(100 + 5 + 1234567890123L)},
                    i.func("catchValues").orElseThrow().call(Val.i32(5)));

            i.func("rethrow").orElseThrow().call(Val.i32(0));
            Trap t = assertThrows(Trap.class, () -> i.func("rethrow").orElseThrow().call(Val.i32(3)));
            assertEquals(TrapCode.UNCAUGHT_EXCEPTION, t.code());
            Trap direct = assertThrows(Trap.class, () -> lib.func("throwIf").orElseThrow().call(Val.i32(1)));
            assertEquals(TrapCode.UNCAUGHT_EXCEPTION, direct.code());

            assertEquals(0, i.func("wrongTag").orElseThrow().call(Val.i32(0))[0].asI32());
            assertEquals(TrapCode.UNCAUGHT_EXCEPTION,
                    assertThrows(Trap.class, () -> i.func("wrongTag").orElseThrow().call(Val.i32(2))).code());
            assertEquals(true, i.tag("oops").isEmpty());
            assertEquals(List.of(ValType.I32, ValType.I64), lib.tag("oops").orElseThrow().type().type().params());
        }
    }
}
