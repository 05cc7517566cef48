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
import java.util.function.IntUnaryOperator;

/** Recursive {@code fib(n)} in wasm: the cost of wasm-to-wasm calls. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = Program.NATIVE_ACCESS)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FibBenchmark {
    @Param({Program.PURE, Program.WASMTIME, Program.CHICORY})
    public String runtime;

    @Param("27")
    public int n;

    private Program program;
    private IntUnaryOperator fib;

    @Setup
    public void load() {
        program = Program.load(runtime, "fib.wat");
        fib = program.intToInt("fib");
    }

    @TearDown
    public void close() {
        program.close();
    }

    @Benchmark
    public int fib() {
        return fib.applyAsInt(n);
    }
}
