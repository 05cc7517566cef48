package dev.wasm4j.apitests;

import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Engines and modules are thread-safe: threads share them, each with its own store. */
class ThreadsTest {
    @OnEveryBackend
    void modulesAndEnginesAreSharedByThreads(Wasm w) throws Exception {
        Module module = w.compile("(module (func (export \"sq\") (param i32) (result i32) "
                + "(i32.mul (local.get 0) (local.get 0))))");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    try (Store<Void> s = Store.create(w.engine())) {
                        IntUnaryOperator sq = Linker.<Void>create(w.engine()).instantiate(s, module)
                                .func("sq").orElseThrow().typed(IntUnaryOperator.class);
                        int sum = 0;
                        for (int k = 0; k < 1000; k++) {
                            sum += sq.applyAsInt(n);
                        }
                        return sum;
                    }
                }));
            }
            for (int t = 0; t < 8; t++) {
                assertEquals(1000 * t * t, results.get(t).get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
