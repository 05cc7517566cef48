package dev.wasm4j.pure;

import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.Instance;
import dev.wasm4j.LinkException;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkingTest extends ApiTestSupport {
    private LinkException linkError(String wat) {
        Module m = Module.fromText(engine, wat);
        return assertThrows(LinkException.class, () -> linker.instantiate(store, m));
    }

    @Test
    void functionImportNeedsTheSameType() {
        linker.func("env", "f", new FuncType(List.of(ValType.I32), List.of()), (c, a) -> new Val[0]);
        LinkException e = linkError("(module (import \"env\" \"f\" (func (param i64))))");
        assertEquals("env", e.importModule());
        assertEquals("f", e.importName());
        assertTrue(e.getMessage().startsWith("incompatible import type for env::f"), e.getMessage());
    }

    @Test
    void memoryImportFollowsLimitsSubtyping() {
        linker.define("env", "mem", Memory.of(store, MemoryType.of(1, OptionalLong.of(2))));
        instantiate("(module (import \"env\" \"mem\" (memory 1 3)))");
        linkError("(module (import \"env\" \"mem\" (memory 2)))");
        linkError("(module (import \"env\" \"mem\" (memory 1 1)))");
    }

    @Test
    void tableImportChecksElementTypeAndLimits() {
        linker.define("env", "tab", Table.of(store, TableType.of(RefType.FUNCREF, 10, OptionalLong.empty()),
                Val.nullRef(RefType.FUNCREF)));
        instantiate("(module (import \"env\" \"tab\" (table 5 funcref)))");
        linkError("(module (import \"env\" \"tab\" (table 5 externref)))");
        linkError("(module (import \"env\" \"tab\" (table 5 20 funcref)))");
    }

    @Test
    void globalImportChecksTypeAndMutability() {
        linker.define("env", "g", Global.of(store, new GlobalType(ValType.I32, true), Val.i32(1)));
        instantiate("(module (import \"env\" \"g\" (global (mut i32))))");
        linkError("(module (import \"env\" \"g\" (global i32)))");
        linkError("(module (import \"env\" \"g\" (global (mut i64))))");
    }

    @Test
    void importOfTheWrongKindIsIncompatible() {
        linker.define("env", "g", Global.of(store, new GlobalType(ValType.I32, false), Val.i32(1)));
        linkError("(module (import \"env\" \"g\" (func)))");
    }

    @Test
    void outOfBoundsSegmentTrapsButEarlierSegmentsStay() {
        Instance provider = instantiate("(module (memory (export \"mem\") 1) (table (export \"tab\") 2 funcref))");
        linker.instance("p", provider);
        Module m = Module.fromText(engine, """
                (module (import "p" "mem" (memory 1)) (import "p" "tab" (table 2 funcref))
                  (func $f) (elem (i32.const 0) $f)
                  (data (i32.const 0) "ok")
                  (data (i32.const 65535) "xx"))
                """);
        Trap t = assertThrows(Trap.class, () -> linker.instantiate(store, m));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertEquals('o', provider.memory("mem").orElseThrow().readByte(0));
        assertTrue(provider.table("tab").orElseThrow().get(0).ref() != null);
    }

    @Test
    void startFunctionRunsAtInstantiation() {
        Instance i = instantiate("""
                (module (global $g (export "g") (mut i32) (i32.const 0))
                  (func $start (global.set $g (i32.const 42))) (start $start))
                """);
        assertEquals(42, i.global("g").orElseThrow().get().asI32());
    }
}
