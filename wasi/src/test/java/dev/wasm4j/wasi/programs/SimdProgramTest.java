package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.WasiConfig;

/**
 * A C program of SIMD kernels (wasm_simd128.h intrinsics and loops clang vectorizes at -O3), each checked
 * in the program against a scalar loop; the values are the same on every backend.
 */
class SimdProgramTest {
    @OnEveryBackend
    void simdKernelsMatchTheirScalarReferences(WasiRun wasi) {
        WasiRun.Result r = wasi.run("simd", WasiConfig.builder().args("simd"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                dot -17507757828
                saxpy 510728.5000
                nibble 0 285
                addsat 30001 32767 0 32767
                shuffle 15 99 7 99
                upper HELLO, SIMD WORLD! WASM4J RUNS V128 ON THE JVM.
                done failures=0
                """, r.stdout(), r::toString);
    }
}
