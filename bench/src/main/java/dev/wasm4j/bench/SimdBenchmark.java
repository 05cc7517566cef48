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
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * The kernels of simd.wat, an i32 dot product and a byte count over 1 MiB operands, each in its v128 form
 * and in its scalar form ({@code kernel}), which compute the same results.
 *
 * <p>Not on Chicory: its compiler (1.7.5) refuses the module at load ("Unhandled opcode: V128_LOAD"), and
 * its interpreter runs no SIMD either without Chicory's separate simd module (and its incubator Vector API).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(jvmArgsAppend = Program.NATIVE_ACCESS)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimdBenchmark {
    static final String SIMD = "simd";
    static final String SCALAR = "scalar";
    /** The byte value counted: any one appears ~4,096 times in 1 MiB of random bytes. */
    static final int NEEDLE = 0x2a;

    @Param({Program.PURE, Program.WASMTIME})
    public String runtime;

    /** Which form of each kernel runs: the exports are named {@code dot_<kernel>} and {@code count_<kernel>}. */
    @Param({SIMD, SCALAR})
    public String kernel;

    /** Bytes per operand, a multiple of 16; the module's 2 MiB memory holds two operands of 1 MiB. */
    @Param("1048576")
    public int length;

    // A field, not the constant, so the JIT cannot fold it into the call.
    private int needle = NEEDLE;

    private Program program;
    private IntUnaryOperator dot;
    private IntBinaryOperator count;

    @Setup
    public void load() {
        program = Program.load(runtime, "simd.wat");
        program.writeMemory(0, input(2 * length));
        dot = program.intToInt("dot_" + kernel);
        count = program.intIntToInt("count_" + kernel);
    }

    @TearDown
    public void close() {
        program.close();
    }

    /** The dot product of the i32 arrays at [0, length) and [length, 2 * length). */
    @Benchmark
    public int dot() {
        return dot.applyAsInt(length);
    }

    /** How many of the bytes [0, length) are {@link #NEEDLE}. */
    @Benchmark
    public int count() {
        return count.applyAsInt(length, needle);
    }

    /** Both operands: the same pseudo-random bytes on every runtime and in every run. */
    static byte[] input(int length) {
        byte[] bytes = new byte[length];
        new Random(20261202L).nextBytes(bytes);
        return bytes;
    }
}
