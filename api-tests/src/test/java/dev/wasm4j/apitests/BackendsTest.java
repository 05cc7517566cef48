package dev.wasm4j.apitests;

import dev.wasm4j.BackendInfo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite runs on every backend this JDK's build has, never on pure alone when wasmtime is built too. */
class BackendsTest {
    @Test
    void everyBackendOfThisJdksBuildIsAvailable() {
        List<String> names = Backends.names();
        assertTrue(names.contains(Backends.PURE), names::toString);
        if (Runtime.version().feature() >= Backends.NATIVE_JDK) {
            Assumptions.assumeFalse(Boolean.getBoolean(Backends.OPTIONAL_PROPERTY) && !names.contains(Backends.WASMTIME),
                    "backend wasmtime may be missing: " + Backends.OPTIONAL_PROPERTY + "=true");
            assertTrue(names.contains(Backends.WASMTIME), names::toString);
        }
    }

    @Test
    void aMissingOrUnavailableWasmtimeIsAProblemFromJdk22On() {
        BackendInfo pure = new BackendInfo(Backends.PURE, Optional.empty());
        BackendInfo wasmtime = new BackendInfo(Backends.WASMTIME, Optional.empty());
        BackendInfo noLibrary = new BackendInfo(Backends.WASMTIME, Optional.of("no libwasmtime.so"));
        boolean nativeJdk = Runtime.version().feature() >= Backends.NATIVE_JDK;
        assertEquals(Optional.empty(), Backends.problem(List.of(pure, wasmtime)));
        assertEquals(nativeJdk, Backends.problem(List.of(pure)).isPresent());
        assertEquals(nativeJdk, Backends.problem(List.of(pure, noLibrary)).isPresent());
        assertTrue(Backends.problem(List.of(wasmtime)).isPresent(), "pure is always required");
        if (nativeJdk) {
            assertTrue(Backends.problem(List.of(pure, noLibrary)).orElseThrow().contains("no libwasmtime.so"));
        }
    }
}
