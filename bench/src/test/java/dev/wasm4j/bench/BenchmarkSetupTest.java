package dev.wasm4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.wasm.ChicoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Each benchmark, set up as JMH sets it up, computes the right answer on every runtime: a benchmark must
 * never time broken code. The parameters are the ones the benchmarks declare. A runtime this JVM lacks
 * (wasmtime before JDK 22 or without its library) is skipped, as the benchmarks jar leaves it out.
 */
class BenchmarkSetupTest {
    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.PURE_DYNAMIC, Program.WASMTIME, Program.CHICORY})
    void fibComputesFibonacci(String runtime) {
        assumeAvailable(runtime);
        FibBenchmark benchmark = new FibBenchmark();
        benchmark.runtime = runtime;
        benchmark.n = 27;
        benchmark.load();
        try {
            assertEquals(196418, benchmark.fib());
        } finally {
            benchmark.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.WASMTIME, Program.CHICORY})
    void sieveCountsPrimes(String runtime) {
        assumeAvailable(runtime);
        SieveBenchmark benchmark = new SieveBenchmark();
        benchmark.runtime = runtime;
        benchmark.limit = 4_000_000;
        benchmark.load();
        try {
            assertEquals(283146, benchmark.sieve());
            assertEquals(283146, benchmark.sieve(), "a second run must start from a clean sieve");
        } finally {
            benchmark.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.WASMTIME, Program.CHICORY})
    void checksumHashesTheInput(String runtime) {
        assumeAvailable(runtime);
        ChecksumBenchmark benchmark = new ChecksumBenchmark();
        benchmark.runtime = runtime;
        benchmark.length = 4 << 20;
        benchmark.load();
        try {
            assertEquals(fletcherSums(ChecksumBenchmark.input(4 << 20)), benchmark.checksum());
        } finally {
            benchmark.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.PURE_DYNAMIC, Program.WASMTIME, Program.CHICORY})
    void callAdds(String runtime) {
        assumeAvailable(runtime);
        CallBenchmark benchmark = new CallBenchmark();
        benchmark.runtime = runtime;
        benchmark.load();
        try {
            assertEquals(42, benchmark.add());
        } finally {
            benchmark.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.WASMTIME})
    void simdAndScalarKernelsAgreeWithJava(String runtime) {
        assumeAvailable(runtime);
        int length = 1 << 20;
        byte[] input = SimdBenchmark.input(2 * length);
        for (String kernel : new String[] {SimdBenchmark.SIMD, SimdBenchmark.SCALAR}) {
            SimdBenchmark benchmark = new SimdBenchmark();
            benchmark.runtime = runtime;
            benchmark.kernel = kernel;
            benchmark.length = length;
            benchmark.load();
            try {
                assertEquals(dot(input, length), benchmark.dot(), kernel + " dot product");
                assertEquals(count(input, length, (byte) SimdBenchmark.NEEDLE), benchmark.count(), kernel + " count");
            } finally {
                benchmark.close();
            }
        }
    }

    /** Why SimdBenchmark leaves Chicory out; once this fails, Chicory runs SIMD and belongs in its list. */
    @Test
    void chicoryRefusesTheSimdModule() {
        assertThrows(ChicoryException.class, () -> Program.load(Program.CHICORY, "simd.wat"));
    }

    private static void assumeAvailable(String runtime) {
        String missing = Program.unavailableRuntimes().get(runtime);
        assumeTrue(missing == null, () -> runtime + " is not available here: " + missing);
    }

    /** The reference for the wasm dot product: little-endian i32s at [0, length) and [length, 2 * length). */
    private static int dot(byte[] bytes, int length) {
        IntBuffer ints = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int sum = 0;
        for (int i = 0; i < length / 4; i++) {
            sum += ints.get(i) * ints.get(length / 4 + i);
        }
        return sum;
    }

    private static int count(byte[] bytes, int length, byte needle) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            count += bytes[i] == needle ? 1 : 0;
        }
        return count;
    }

    /** The reference for the wasm checksum, in Java. */
    private static int fletcherSums(byte[] bytes) {
        int low = 0;
        int high = 0;
        for (byte b : bytes) {
            low += b & 0xff;
            high += low;
        }
        return (high << 16) ^ low;
    }
}
