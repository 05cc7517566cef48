package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.Val;

import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Engine.Builder.maxWasmStack: a smaller stack makes the same recursion trap, or the backend refuses it. */
class MaxWasmStackTest {
    private static final String RECURSION = """
            (module (func $down (export "down") (param i32) (result i32)
              (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))
            """;

    @OnEveryBackend
    void a_small_wasm_stack_traps_where_the_default_does_not(Wasm w) {
        int depth = 20_000;
        IntUnaryOperator roomy = w.instantiate(RECURSION).func("down").orElseThrow().typed(IntUnaryOperator.class);
        Engine.Builder small = w.engineBuilder().maxWasmStack(64 * 1024);
        if (w.backend().equals("pure")) {
            UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, small::build);
            assertTrue(e.getMessage().contains("maxWasmStack"), e.getMessage());
            return;
        }
        assertEquals(depth, roomy.applyAsInt(depth));
        try (Engine engine = small.build(); Store<Void> store = Store.create(engine)) {
            Instance i = Linker.<Void>create(engine).instantiate(store, Module.fromText(engine, RECURSION));
            Trap t = assertThrows(Trap.class, () -> i.func("down").orElseThrow().call(Val.i32(depth)));
            assertEquals(TrapCode.STACK_EXHAUSTED, t.code());
            assertEquals(10, i.func("down").orElseThrow().call(Val.i32(10))[0].asI32(), "usable after the trap");
        }
    }

    @OnEveryBackend
    void a_non_positive_limit_is_refused(Wasm w) {
        assertThrows(IllegalArgumentException.class, () -> w.engineBuilder().maxWasmStack(0));
    }
}
