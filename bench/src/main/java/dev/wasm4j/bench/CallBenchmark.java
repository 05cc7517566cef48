package dev.wasm4j.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;
import java.util.function.IntBinaryOperator;

/** A host-to-wasm call of {@code add(i32, i32)}: the call overhead itself, typed and dynamic. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = Program.NATIVE_ACCESS)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBenchmark {
    @Param({Program.PURE, Program.PURE_DYNAMIC, Program.WASMTIME, Program.CHICORY})
    public String runtime;

    // Fields, not constants, so the JIT cannot fold the call away.
    private int left = 20;
    private int right = 22;

    private Program program;
    private IntBinaryOperator add;

    @Setup
    public void load() {
        program = Program.load(runtime, "add.wat");
        add = program.intIntToInt("add");
    }

    @TearDown
    public void close() {
        program.close();
    }

    @Benchmark
    public int add() {
        return add.applyAsInt(left, right);
    }
}
