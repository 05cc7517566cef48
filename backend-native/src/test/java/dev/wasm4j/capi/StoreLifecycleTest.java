package dev.wasm4j.capi;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing, and using a store from several threads: clear errors, never a crash. Backend wasmtime's own rules
 * (native memory freed on close, one thread inside a store at a time); what every backend shares is tested
 * in module api-tests.
 */
class StoreLifecycleTest extends WasmtimeTestSupport {
    private static final String WAT = """
            (module
              (import "env" "wait" (func $wait))
              (memory (export "memory") 1)
              (func (export "id") (param i32) (result i32) (local.get 0))
              (func (export "run") (call $wait)))
            """;

    @Test
    void everything_of_a_closed_store_throws() {
        linker().func("env", "wait", new FuncType(List.of(), List.of()), (c, a) -> new Val[0]);
        Instance i = instantiate(WAT);
        Func id = i.func("id").orElseThrow();
        IntUnaryOperator typed = id.typed(IntUnaryOperator.class);
        Memory memory = i.memory("memory").orElseThrow();
        memory.writeInt(0, 1);
        store().close();
        store().close(); // a second close does nothing
        assertThrows(IllegalStateException.class, () -> id.call(Val.i32(1)));
        assertThrows(IllegalStateException.class, () -> typed.applyAsInt(1));
        assertThrows(IllegalStateException.class, () -> memory.readInt(0));
        assertThrows(IllegalStateException.class, () -> linker().instantiate(store(), compile(WAT)));
    }

    @Test
    void a_store_refuses_a_second_thread_while_one_is_inside() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        linker().func("env", "wait", new FuncType(List.of(), List.of()), (c, a) -> {
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
            return new Val[0];
        });
        Instance i = instantiate(WAT);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = pool.submit(() -> i.func("run").orElseThrow().call());
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> i.func("id").orElseThrow().call(Val.i32(1)));
            assertTrue(e.getMessage().contains("another thread"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> i.memory("memory").orElseThrow().readInt(0));
            assertThrows(IllegalStateException.class, () -> store().close());
            release.countDown();
            running.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        // Once the other thread is done, this one may use the store.
        assertEquals(7, i.func("id").orElseThrow().call(Val.i32(7))[0].asI32());
    }

    @Test
    void closing_a_store_from_inside_a_call_into_it_is_refused() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        linker().func("env", "wait", new FuncType(List.of(), List.of()), (c, a) -> {
            try {
                c.store().close();
            } catch (IllegalStateException e) {
                seen.set(e);
            }
            return new Val[0];
        });
        instantiate(WAT).func("run").orElseThrow().call();
        assertInstanceOf(IllegalStateException.class, seen.get());
    }

    @Test
    void a_closed_engine_compiles_nothing_but_its_modules_and_stores_live_on() {
        Engine e = Engine.builder().backend(WasmtimeBackend.NAME).build();
        Module m = Module.fromText(e, "(module (func (export \"one\") (result i32) (i32.const 1)))");
        Store<Void> s = Store.create(e);
        e.close();
        assertThrows(IllegalStateException.class, () -> Module.fromText(e, "(module)"));
        assertThrows(IllegalStateException.class, () -> Store.create(e));
        assertEquals(1, Linker.<Void>create(e).instantiate(s, m).func("one").orElseThrow()
                .call()[0].asI32());
        s.close();
    }
}
