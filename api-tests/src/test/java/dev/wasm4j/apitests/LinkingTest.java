package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.Instance;
import dev.wasm4j.LinkException;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.Store;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resolving imports, their type checks, and what instantiation runs (segments, start function). */
class LinkingTest {
    private static LinkException linkError(Wasm w, String wat) {
        Module m = w.compile(wat);
        return assertThrows(LinkException.class, () -> w.linker().instantiate(w.store(), m));
    }

    @OnEveryBackend
    void aMissingImportIsALinkErrorNamingIt(Wasm w) {
        LinkException e = linkError(w, "(module (import \"env\" \"missing\" (func)))");
        assertEquals("env", e.importModule());
        assertEquals("missing", e.importName());
    }

    @OnEveryBackend
    void anImportOfTheWrongTypeIsALinkErrorNamingIt(Wasm w) {
        w.linker().func("env", "f", new FuncType(List.of(ValType.I32), List.of()), (c, a) -> new Val[0]);
        w.linker().func("env", "h", IntUnaryOperator.class, x -> x);
        w.linker().define("env", "g", Global.of(w.store(), new GlobalType(ValType.I32, false), Val.i32(1)));
        LinkException e = linkError(w, "(module (import \"env\" \"f\" (func (param i64))))");
        assertEquals("env", e.importModule());
        assertEquals("f", e.importName());
        // wasmtime quotes the name in backticks and adds the types after it.
        assertTrue(e.getMessage().replace("`", "").startsWith("incompatible import type for env::f"), e.getMessage());
        LinkException typed = linkError(w,
                "(module (import \"env\" \"g\" (global i32)) (import \"env\" \"h\" (func (param i64))))");
        assertEquals("env", typed.importModule());
        assertEquals("h", typed.importName());
        LinkException mutability = linkError(w, "(module (import \"env\" \"g\" (global (mut i32))))");
        assertEquals("g", mutability.importName());
    }

    @OnEveryBackend
    void memoryImportFollowsLimitsSubtyping(Wasm w) {
        w.linker().define("env", "mem", Memory.of(w.store(), MemoryType.of(1, OptionalLong.of(2))));
        w.instantiate("(module (import \"env\" \"mem\" (memory 1 3)))");
        linkError(w, "(module (import \"env\" \"mem\" (memory 2)))");
        linkError(w, "(module (import \"env\" \"mem\" (memory 1 1)))");
    }

    @OnEveryBackend
    void tableImportChecksElementTypeAndLimits(Wasm w) {
        w.linker().define("env", "tab", Table.of(w.store(), TableType.of(RefType.FUNCREF, 10, OptionalLong.empty()),
                Val.nullRef(RefType.FUNCREF)));
        w.instantiate("(module (import \"env\" \"tab\" (table 5 funcref)))");
        linkError(w, "(module (import \"env\" \"tab\" (table 5 externref)))");
        linkError(w, "(module (import \"env\" \"tab\" (table 5 20 funcref)))");
    }

    @OnEveryBackend
    void globalImportChecksTypeAndMutability(Wasm w) {
        w.linker().define("env", "g", Global.of(w.store(), new GlobalType(ValType.I32, true), Val.i32(1)));
        w.instantiate("(module (import \"env\" \"g\" (global (mut i32))))");
        linkError(w, "(module (import \"env\" \"g\" (global i32)))");
        linkError(w, "(module (import \"env\" \"g\" (global (mut i64))))");
    }

    @OnEveryBackend
    void importOfTheWrongKindIsIncompatible(Wasm w) {
        w.linker().define("env", "g", Global.of(w.store(), new GlobalType(ValType.I32, false), Val.i32(1)));
        linkError(w, "(module (import \"env\" \"g\" (func)))");
    }

    @OnEveryBackend
    void anExternOfAnotherStoreIsRefused(Wasm w) {
        try (Store<Void> other = Store.create(w.engine())) {
            Global foreign = Global.of(other, new GlobalType(ValType.I32, false), Val.i32(1));
            w.linker().define("env", "g", foreign);
            LinkException e = linkError(w, "(module (import \"env\" \"g\" (global i32)))");
            assertTrue(e.getMessage().contains("another store"), e.getMessage());
        }
    }

    @OnEveryBackend
    void aModuleOfAnotherEngineIsRefused(Wasm w) {
        try (Engine other = w.engineBuilder().build()) {
            Module m = Module.fromText(other, "(module)");
            assertThrows(WasmException.class, () -> w.linker().instantiate(w.store(), m));
        }
    }

    @OnEveryBackend
    void linkerServesManyStores(Wasm w) {
        Linker<Void> shared = Linker.create(w.engine());
        shared.func("env", "id", new FuncType(List.of(ValType.I32), List.of(ValType.I32)), (caller, args) -> args);
        Module m = w.compile("""
                (module (import "env" "id" (func $id (param i32) (result i32)))
                  (func (export "f") (param i32) (result i32) (call $id (local.get 0))))
                """);
        for (int n = 0; n < 3; n++) {
            try (Store<Void> s = Store.create(w.engine())) {
                assertEquals(n, shared.instantiate(s, m).func("f").orElseThrow().call(Val.i32(n))[0].asI32());
            }
        }
    }

    @OnEveryBackend
    void outOfBoundsSegmentTrapsButEarlierSegmentsStay(Wasm w) {
        Trap alone = assertThrows(Trap.class, () -> w.instantiate("(module (memory 1) (data (i32.const 65535) \"ab\"))"));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, alone.code());

        Instance provider = w.instantiate("(module (memory (export \"mem\") 1) (table (export \"tab\") 2 funcref))");
        w.linker().instance("p", provider);
        Module m = w.compile("""
                (module (import "p" "mem" (memory 1)) (import "p" "tab" (table 2 funcref))
                  (func $f) (elem (i32.const 0) $f)
                  (data (i32.const 0) "ok")
                  (data (i32.const 65535) "xx"))
                """);
        Trap t = assertThrows(Trap.class, () -> w.linker().instantiate(w.store(), m));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertEquals('o', provider.memory("mem").orElseThrow().readByte(0));
        assertTrue(provider.table("tab").orElseThrow().get(0).ref() != null);
    }

    @OnEveryBackend
    void startFunctionRunsAtInstantiation(Wasm w) {
        Instance i = w.instantiate("""
                (module (global $g (export "g") (mut i32) (i32.const 0))
                  (func $start (global.set $g (i32.const 42))) (start $start))
                """);
        assertEquals(42, i.global("g").orElseThrow().get().asI32());
    }

    @OnEveryBackend
    void aTrapInTheStartFunctionFailsInstantiation(Wasm w) {
        Trap t = assertThrows(Trap.class, () -> w.instantiate("(module (func $s unreachable) (start $s))"));
        assertEquals(TrapCode.UNREACHABLE, t.code());
    }
}
