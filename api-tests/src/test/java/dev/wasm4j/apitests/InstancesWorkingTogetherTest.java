package dev.wasm4j.apitests;

import dev.wasm4j.Func;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.Instance;
import dev.wasm4j.RefType;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instances importing each other's memories, tables, globals and functions, and the host's. */
class InstancesWorkingTogetherTest {
    @OnEveryBackend
    void twoInstancesShareAMemoryAndATable(Wasm w) {
        Instance a = w.instantiate("""
                (module (memory (export "mem") 1) (table (export "tab") 4 funcref)
                  (func $seven (result i32) (i32.const 7)) (elem (i32.const 0) $seven)
                  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
                """);
        w.linker().instance("a", a);
        Instance b = w.instantiate("""
                (module (import "a" "mem" (memory 1)) (import "a" "tab" (table 4 funcref))
                  (func $nine (result i32) (i32.const 9)) (elem (i32.const 1) $nine)
                  (func (export "poke") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
                  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
                  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
                """);
        b.func("poke").orElseThrow().call(Val.i32(8), Val.i32(1234));
        assertEquals(1234, a.func("peek").orElseThrow().call(Val.i32(8))[0].asI32());
        // a calls b's function through the shared table, b calls a's.
        assertEquals(9, a.func("call").orElseThrow().call(Val.i32(1))[0].asI32());
        assertEquals(7, b.func("call").orElseThrow().call(Val.i32(0))[0].asI32());
        // Growing through b is visible to a's code, which must not keep the old memory.
        assertEquals(1, b.func("grow").orElseThrow().call()[0].asI32());
        b.func("poke").orElseThrow().call(Val.i32(70000), Val.i32(55));
        assertEquals(55, a.func("peek").orElseThrow().call(Val.i32(70000))[0].asI32());
    }

    @OnEveryBackend
    void instancesShareFunctionsTablesAndGlobals(Wasm w) {
        Instance provider = w.instantiate("""
                (module
                  (func $double (export "double") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
                  (table (export "table") 2 funcref)
                  (elem (i32.const 0) $double)
                  (global (export "counter") (mut i32) (i32.const 10)))
                """);
        w.linker().instance("provider", provider);
        Instance user = w.instantiate("""
                (module
                  (import "provider" "double" (func $double (param i32) (result i32)))
                  (import "provider" "table" (table 2 funcref))
                  (import "provider" "counter" (global $counter (mut i32)))
                  (type $t (func (param i32) (result i32)))
                  (func (export "run") (param i32) (result i32)
                    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
                    (call_indirect (type $t) (call $double (local.get 0)) (i32.const 0))))
                """);
        assertEquals(12, user.func("run").orElseThrow().call(Val.i32(3))[0].asI32());
        assertEquals(11, provider.global("counter").orElseThrow().get().asI32());
        Table table = provider.table("table").orElseThrow();
        assertEquals(2, table.size());
        assertTrue(table.get(1).isNull());
        table.set(1, table.get(0));
        assertEquals(provider.func("double").orElseThrow().type(), ((Func) table.get(1).asRef()).type());
    }

    @OnEveryBackend
    void hostTablesAndGlobalsLinkAndKeepTheirValues(Wasm w) {
        Table table = Table.of(w.store(), TableType.of(RefType.FUNCREF, 3, OptionalLong.of(8)),
                Val.nullRef(RefType.FUNCREF));
        Global global = Global.of(w.store(), new GlobalType(ValType.I64, true), Val.i64(5));
        w.linker().define("env", "table", table).define("env", "global", global);
        Instance i = w.instantiate("""
                (module
                  (import "env" "table" (table 3 funcref))
                  (import "env" "global" (global $g (mut i64)))
                  (func $f (result i64) (global.get $g))
                  (elem (i32.const 2) $f)
                  (func (export "bump") (global.set $g (i64.add (global.get $g) (i64.const 1)))))
                """);
        i.func("bump").orElseThrow().call();
        assertEquals(6, global.get().asI64());
        global.set(Val.i64(40));
        Func f = (Func) table.get(2).asRef();
        assertEquals(40, f.call()[0].asI64());
        assertEquals(3, table.grow(2, Val.nullRef(RefType.FUNCREF)));
        assertEquals(5, table.size());
        assertThrows(WasmException.class, () -> global.set(Val.i32(1)));
        Global constant = Global.of(w.store(), new GlobalType(ValType.I32, false), Val.i32(1));
        assertThrows(WasmException.class, () -> constant.set(Val.i32(2)));
    }
}
