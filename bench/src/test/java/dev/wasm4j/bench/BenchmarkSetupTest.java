package dev.wasm4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each benchmark, set up as JMH sets it up, computes the right answer on every runtime: a benchmark must
 * never time broken code. The parameters are the ones the benchmarks declare.
 */
class BenchmarkSetupTest {
    @ParameterizedTest
    @ValueSource(strings = {Program.PURE, Program.PURE_DYNAMIC, Program.CHICORY})
    void fibComputesFibonacci(String runtime) {
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
    @ValueSource(strings = {Program.PURE, Program.CHICORY})
    void sieveCountsPrimes(String runtime) {
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
    @ValueSource(strings = {Program.PURE, Program.CHICORY})
    void checksumHashesTheInput(String runtime) {
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
    @ValueSource(strings = {Program.PURE, Program.PURE_DYNAMIC, Program.CHICORY})
    void callAdds(String runtime) {
        CallBenchmark benchmark = new CallBenchmark();
        benchmark.runtime = runtime;
        benchmark.load();
        try {
            assertEquals(42, benchmark.add());
        } finally {
            benchmark.close();
        }
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
