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

/** A byte-wise sieve of Eratosthenes over ~4 MB of linear memory: byte stores and loads, strided and sequential. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = Program.NATIVE_ACCESS)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SieveBenchmark {
    @Param({Program.PURE, Program.WASMTIME, Program.CHICORY})
    public String runtime;

    /** Primes below this are counted; the module's memory is 4 MiB. */
    @Param("4000000")
    public int limit;

    private Program program;
    private IntUnaryOperator sieve;

    @Setup
    public void load() {
        program = Program.load(runtime, "memory.wat");
        sieve = program.intToInt("sieve");
    }

    @TearDown
    public void close() {
        program.close();
    }

    @Benchmark
    public int sieve() {
        return sieve.applyAsInt(limit);
    }
}
