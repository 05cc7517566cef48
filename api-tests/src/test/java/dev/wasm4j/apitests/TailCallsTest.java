package dev.wasm4j.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Store;
import dev.wasm4j.Val;

import java.util.function.IntUnaryOperator;

/** Tail calls (3.0) run in constant stack: a million mutually recursive return_calls, direct and indirect. */
class TailCallsTest {
    private static final String WAT = """
            (module
              (type $i2i (func (param i32) (result i32)))
              (table funcref (elem $even $odd))
              (func $even (export "even") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (return_call_indirect (type $i2i) (i32.sub (local.get 0) (i32.const 1)) (i32.const 0)))))
              ;; Not in tail position: an ordinary call of a function that makes tail calls.
              (func (export "evenPlusTen") (param i32) (result i32)
                (i32.add (call $even (local.get 0)) (i32.const 10))))
            """;

    @OnEveryBackend
    void aMillionTailCallsRunInConstantStack(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Instance i = Linker.<Void>create(engine).instantiate(store,
                    Wasm.compileNeeding(Feature.TAIL_CALL, engine, WAT));
            assertEquals(1, i.func("even").orElseThrow().call(Val.i32(1_000_000))[0].asI32());
            assertEquals(0, i.func("even").orElseThrow().call(Val.i32(999_999))[0].asI32());
            IntUnaryOperator evenPlusTen = i.func("evenPlusTen").orElseThrow().typed(IntUnaryOperator.class);
            assertEquals(11, evenPlusTen.applyAsInt(1_000_000));
            assertEquals(10, evenPlusTen.applyAsInt(7));
        }
    }
}
