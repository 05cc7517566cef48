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

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

/** Fletcher-style byte sums over 4 MiB of linear memory: one sequential byte load and two adds per byte. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = Program.NATIVE_ACCESS)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecksumBenchmark {
    @Param({Program.PURE, Program.WASMTIME, Program.CHICORY})
    public String runtime;

    @Param("4194304")
    public int length;

    private Program program;
    private IntUnaryOperator checksum;

    @Setup
    public void load() {
        program = Program.load(runtime, "memory.wat");
        program.writeMemory(0, input(length));
        checksum = program.intToInt("checksum");
    }

    @TearDown
    public void close() {
        program.close();
    }

    @Benchmark
    public int checksum() {
        return checksum.applyAsInt(length);
    }

    /** The bytes hashed: the same pseudo-random ones on every runtime and in every run. */
    static byte[] input(int length) {
        byte[] bytes = new byte[length];
        new Random(20261125L).nextBytes(bytes);
        return bytes;
    }
}
