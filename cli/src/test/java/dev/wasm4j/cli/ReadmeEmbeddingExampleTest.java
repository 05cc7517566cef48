package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The embedding example of README.md, kept compiling and working. */
class ReadmeEmbeddingExampleTest {
    @Test
    void the_readme_example_runs() {
        List<Integer> logged = new ArrayList<>();
        try (Engine engine = Engine.create(); Store<Void> store = Store.create(engine)) {
            Linker<Void> linker = Linker.create(engine);
            linker.func("env", "log", IntConsumer.class, (IntConsumer) logged::add);
            Instance instance = linker.instantiate(store, Module.fromText(engine, """
                    (module
                      (import "env" "log" (func $log (param i32)))
                      (func (export "add") (param i32 i32) (result i32)
                        (call $log (local.get 0))
                        (i32.add (local.get 0) (local.get 1))))
                    """));
            IntBinaryOperator add = instance.func("add").orElseThrow().typed(IntBinaryOperator.class);
            assertEquals(42, add.applyAsInt(40, 2));
            Val[] results = instance.func("add").orElseThrow().call(Val.i32(1), Val.i32(2));
            assertEquals(3, results[0].asI32());
        }
        assertEquals(List.of(40, 1), logged);
    }
}
