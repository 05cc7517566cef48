package dev.wasm4j.apitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Func;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;

/** Typed function references (3.0): call_ref, br_on_null, ref.as_non_null, and their null traps. */
class FunctionReferencesTest {
    private static final String WAT = """
            (module
              (type $binop (func (param i32 i32) (result i32)))
              (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
              (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
              (elem declare func $add $sub)
              (global $op (mut (ref null $binop)) (ref.null $binop))
              (func (export "pick") (param i32)
                (global.set $op (if (result (ref $binop)) (local.get 0)
                  (then (ref.func $sub)) (else (ref.func $add)))))
              (func (export "clear") (global.set $op (ref.null $binop)))
              (func (export "apply") (param i32 i32) (result i32)
                (call_ref $binop (local.get 0) (local.get 1) (global.get $op)))
              (func (export "applyOr") (param i32 i32 i32) (result i32)
                (block $none
                  (return (call_ref $binop (local.get 0) (local.get 1)
                    (br_on_null $none (global.get $op)))))
                (local.get 2))
              (func (export "nonNull") (result i32)
                (drop (ref.as_non_null (global.get $op))) (i32.const 1)))
            """;

    @OnEveryBackend
    void callsThroughTypedReferencesAndTrapsOnNull(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Module module = Wasm.compileNeeding(Feature.FUNCTION_REFERENCES, engine, WAT);
            Instance i = Linker.<Void>create(engine).instantiate(store, module);
            Func apply = i.func("apply").orElseThrow();
            Func applyOr = i.func("applyOr").orElseThrow();

            assertEquals(TrapCode.NULL_FUNCTION_REFERENCE,
                    assertThrows(Trap.class, () -> apply.call(Val.i32(7), Val.i32(2))).code());
            assertEquals(TrapCode.NULL_REFERENCE,
                    assertThrows(Trap.class, () -> i.func("nonNull").orElseThrow().call()).code());
            assertEquals(-1, applyOr.call(Val.i32(7), Val.i32(2), Val.i32(-1))[0].asI32());

            i.func("pick").orElseThrow().call(Val.i32(0));
            assertEquals(9, apply.call(Val.i32(7), Val.i32(2))[0].asI32());
            i.func("pick").orElseThrow().call(Val.i32(1));
            assertEquals(5, apply.call(Val.i32(7), Val.i32(2))[0].asI32());
            assertEquals(5, applyOr.call(Val.i32(7), Val.i32(2), Val.i32(-1))[0].asI32());
            assertEquals(1, i.func("nonNull").orElseThrow().call()[0].asI32());

            i.func("clear").orElseThrow().call();
            assertEquals(-1, applyOr.call(Val.i32(7), Val.i32(2), Val.i32(-1))[0].asI32());
        }
    }

    /** call_indirect compares types by equivalence, not by index, also across modules. */
    @OnEveryBackend
    void indirectCallsMatchEquivalentTypesOfAnotherModule(Wasm w) {
        try (Engine engine = w.engineBuilder().features(Feature.WASM_3_0).build();
             Store<Void> store = Store.create(engine)) {
            Linker<Void> linker = Linker.create(engine);
            Instance a = linker.instantiate(store, Wasm.compileNeeding(Feature.FUNCTION_REFERENCES, engine, """
                    (module
                      (type $t (func (param i32) (result i32)))
                      (type $u (func (param (ref null $t)) (result i32)))
                      (table (export "tab") 1 funcref)
                      (func $f (type $u) (i32.const 7))
                      (elem (i32.const 0) $f))
                    """));
            linker.instance("a", a);
            Instance b = linker.instantiate(store, Module.fromText(engine, """
                    (module
                      (type $other (func))
                      (type $t2 (func (param i32) (result i32)))
                      (type $u2 (func (param (ref null $t2)) (result i32)))
                      (type $v (func (param (ref null $other)) (result i32)))
                      (import "a" "tab" (table 1 funcref))
                      (func (export "same") (result i32) (call_indirect (type $u2) (ref.null $t2) (i32.const 0)))
                      (func (export "different") (result i32) (call_indirect (type $v) (ref.null $other) (i32.const 0))))
                    """));
            assertEquals(7, b.func("same").orElseThrow().call()[0].asI32());
            assertEquals(TrapCode.INDIRECT_CALL_TYPE_MISMATCH,
                    assertThrows(Trap.class, () -> b.func("different").orElseThrow().call()).code());
        }
    }
}
