package dev.wasm4j.conformance;

import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.RefType;
import dev.wasm4j.Store;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code spectest} module the suite's scripts import: print functions that do nothing (their output
 * is not checked), globals with the value 666, a table of 10..20 funcrefs and a memory of 1..2 pages.
 */
final class SpectestModule {
    static final String NAME = "spectest";

    private SpectestModule() {
    }

    static void define(Linker<?> linker, Store<?> store) {
        printFunc(linker, "print");
        printFunc(linker, "print_i32", ValType.I32);
        printFunc(linker, "print_i64", ValType.I64);
        printFunc(linker, "print_f32", ValType.F32);
        printFunc(linker, "print_f64", ValType.F64);
        printFunc(linker, "print_i32_f32", ValType.I32, ValType.F32);
        printFunc(linker, "print_f64_f64", ValType.F64, ValType.F64);
        linker.define(NAME, "global_i32", Global.of(store, new GlobalType(ValType.I32, false), Val.i32(666)));
        linker.define(NAME, "global_i64", Global.of(store, new GlobalType(ValType.I64, false), Val.i64(666)));
        linker.define(NAME, "global_f32", Global.of(store, new GlobalType(ValType.F32, false), Val.f32(666.6f)));
        linker.define(NAME, "global_f64", Global.of(store, new GlobalType(ValType.F64, false), Val.f64(666.6)));
        linker.define(NAME, "table", Table.of(store,
                TableType.of(RefType.FUNCREF, 10, OptionalLong.of(20)), Val.nullRef(RefType.FUNCREF)));
        linker.define(NAME, "memory", Memory.of(store, MemoryType.of(1, OptionalLong.of(2))));
        // Only scripts of later proposals import these; a backend without the feature cannot create them.
        defineIfSupported(() -> linker.define(NAME, "table64", Table.of(store,
                new TableType(RefType.FUNCREF, 10, OptionalLong.of(20), true), Val.nullRef(RefType.FUNCREF))));
        defineIfSupported(() -> linker.define(NAME, "shared_memory", Memory.of(store,
                new MemoryType(1, OptionalLong.of(2), false, true, MemoryType.DEFAULT_PAGE_SIZE_LOG2))));
    }

    private static void defineIfSupported(Runnable definition) {
        try {
            definition.run();
        } catch (WasmException | UnsupportedOperationException e) {
            // Left undefined: modules importing it fail to link, which the runner reports.
        }
    }

    private static void printFunc(Linker<?> linker, String name, ValType... params) {
        linker.func(NAME, name, new FuncType(List.of(params), List.of()), (caller, args) -> new Val[0]);
    }
}
