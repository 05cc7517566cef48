package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.Instance;
import dev.wasm4j.LinkException;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.Store;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkingTest extends WasmtimeTestSupport {
    @Test
    void a_missing_import_is_a_link_error() {
        LinkException e = assertThrows(LinkException.class,
                () -> instantiate("(module (import \"env\" \"missing\" (func)))"));
        assertEquals("env", e.importModule());
        assertEquals("missing", e.importName());
    }

    @Test
    void an_import_of_the_wrong_type_is_a_link_error_naming_it() {
        linker().func("env", "f", IntUnaryOperator.class, x -> x);
        linker().define("env", "g", Global.of(store(), new GlobalType(ValType.I32, false), Val.i32(1)));
        LinkException e = assertThrows(LinkException.class, () -> instantiate(
                "(module (import \"env\" \"g\" (global i32)) (import \"env\" \"f\" (func (param i64))))"));
        assertEquals("env", e.importModule());
        assertEquals("f", e.importName());
        LinkException mutability = assertThrows(LinkException.class,
                () -> instantiate("(module (import \"env\" \"g\" (global (mut i32))))"));
        assertEquals("g", mutability.importName());
    }

    @Test
    void an_extern_of_another_store_is_refused() {
        try (Store<Void> other = Store.create(engine())) {
            Global foreign = Global.of(other, new GlobalType(ValType.I32, false), Val.i32(1));
            linker().define("env", "g", foreign);
            LinkException e = assertThrows(LinkException.class,
                    () -> instantiate("(module (import \"env\" \"g\" (global i32)))"));
            assertTrue(e.getMessage().contains("another store"), e.getMessage());
        }
    }

    @Test
    void a_module_of_another_engine_is_refused() {
        try (Engine other = Engine.builder().backend(WasmtimeBackend.NAME).build()) {
            Module m = Module.fromText(other, "(module)");
            assertThrows(WasmException.class, () -> linker().instantiate(store(), m));
        }
    }

    @Test
    void instances_share_functions_tables_and_globals() {
        Instance provider = instantiate("""
                (module
                  (func $double (export "double") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
                  (table (export "table") 2 funcref)
                  (elem (i32.const 0) $double)
                  (global (export "counter") (mut i32) (i32.const 10)))
                """);
        linker().instance("provider", provider);
        Instance user = instantiate("""
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
        assertEquals(provider.func("double").orElseThrow().type(),
                ((Func) table.get(1).asRef()).type());
    }

    @Test
    void host_tables_and_globals_link_and_keep_their_values() {
        Table table = Table.of(store(), TableType.of(RefType.FUNCREF, 3, OptionalLong.of(8)),
                Val.nullRef(RefType.FUNCREF));
        Global global = Global.of(store(), new GlobalType(ValType.I64, true), Val.i64(5));
        linker().define("env", "table", table).define("env", "global", global);
        Instance i = instantiate("""
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
        Global constant = Global.of(store(), new GlobalType(ValType.I32, false), Val.i32(1));
        assertThrows(WasmException.class, () -> constant.set(Val.i32(2)));
    }

    @Test
    void linker_serves_many_stores() {
        Linker<Void> shared = Linker.create(engine());
        shared.func("env", "id", new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                (caller, args) -> args);
        Module m = compile("""
                (module (import "env" "id" (func $id (param i32) (result i32)))
                  (func (export "f") (param i32) (result i32) (call $id (local.get 0))))
                """);
        for (int n = 0; n < 3; n++) {
            try (Store<Void> s = Store.create(engine())) {
                assertEquals(n, shared.instantiate(s, m).func("f").orElseThrow().call(Val.i32(n))[0].asI32());
            }
        }
    }
}
