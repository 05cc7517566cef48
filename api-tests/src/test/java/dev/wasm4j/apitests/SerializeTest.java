package dev.wasm4j.apitests;

import dev.wasm4j.CompileException;
import dev.wasm4j.Engine;
import dev.wasm4j.Module;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module.serialize / Module.deserialize: a module survives the round trip, and foreign bytes are refused. */
class SerializeTest {
    private static final String WAT = """
            (module $calc (import "env" "log" (func (param i32)))
              (@custom "meta" "hello")
              (func $add (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            """;

    @OnEveryBackend
    void a_deserialized_module_has_the_same_types_and_runs(Wasm w) {
        Module original = w.compile(WAT);
        byte[] bytes = original.serialize();
        Module loaded = Module.deserialize(w.engine(), bytes);
        assertEquals(original.imports(), loaded.imports());
        assertEquals(original.exports(), loaded.exports());
        assertEquals(original.customSections(), loaded.customSections());
        assertEquals(original.names(), loaded.names());
        w.linker().func("env", "log", java.util.function.IntConsumer.class, (java.util.function.IntConsumer) v -> { });
        IntBinaryOperator add = w.linker().instantiate(w.store(), loaded).func("add").orElseThrow()
                .typed(IntBinaryOperator.class);
        assertEquals(42, add.applyAsInt(40, 2));
    }

    @OnEveryBackend
    void bytes_that_are_not_a_serialized_module_are_refused(Wasm w) {
        byte[] wasm = Module.textToBinary("(module)", "t");
        CompileException e = assertThrows(CompileException.class, () -> Module.deserialize(w.engine(), wasm));
        assertTrue(e.getMessage().contains("not a serialized"), e.getMessage());
        byte[] bytes = w.compile(WAT).serialize();
        assertThrows(CompileException.class,
                () -> Module.deserialize(w.engine(), Arrays.copyOf(bytes, bytes.length - 3)));
    }

    @OnEveryBackend
    void a_module_of_another_backend_is_refused(Wasm w) {
        List<String> others = Backends.names().stream().filter(b -> !b.equals(w.backend())).toList();
        byte[] bytes = w.compile(WAT).serialize();
        for (String other : others) {
            try (Engine engine = Engine.builder().backend(other).build()) {
                CompileException e = assertThrows(CompileException.class, () -> Module.deserialize(engine, bytes));
                assertTrue(e.getMessage().contains("serialized by backend " + w.backend()), e.getMessage());
            }
        }
    }
}
