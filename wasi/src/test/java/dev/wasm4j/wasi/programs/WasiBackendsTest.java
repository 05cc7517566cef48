package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.BackendInfo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

/** The programs run on every backend this JDK's build has, never on pure alone when wasmtime is built too. */
class WasiBackendsTest {
    @Test
    void everyBackendOfThisJdksBuildRunsThePrograms() {
        List<String> names = WasiRun.backends().map(WasiRun::backend).toList();
        assertTrue(names.contains(WasiRun.PURE), names::toString);
        if (Runtime.version().feature() >= WasiRun.NATIVE_JDK) {
            Assumptions.assumeFalse(Boolean.getBoolean(WasiRun.OPTIONAL_PROPERTY) && !names.contains(WasiRun.WASMTIME),
                    "backend wasmtime may be missing: " + WasiRun.OPTIONAL_PROPERTY + "=true");
            assertTrue(names.contains(WasiRun.WASMTIME), names::toString);
        }
    }

    @Test
    void aMissingOrUnavailableWasmtimeIsAProblemFromJdk22On() {
        BackendInfo pure = new BackendInfo(WasiRun.PURE, Optional.empty());
        BackendInfo wasmtime = new BackendInfo(WasiRun.WASMTIME, Optional.empty());
        BackendInfo noLibrary = new BackendInfo(WasiRun.WASMTIME, Optional.of("no libwasmtime.so"));
        boolean nativeJdk = Runtime.version().feature() >= WasiRun.NATIVE_JDK;
        assertEquals(Optional.empty(), WasiRun.problem(List.of(pure, wasmtime)));
        assertEquals(nativeJdk, WasiRun.problem(List.of(pure)).isPresent());
        assertEquals(nativeJdk, WasiRun.problem(List.of(pure, noLibrary)).isPresent());
        assertTrue(WasiRun.problem(List.of(wasmtime)).isPresent(), "pure is always required");
    }
}
