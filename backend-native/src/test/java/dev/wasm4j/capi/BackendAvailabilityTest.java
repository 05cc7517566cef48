package dev.wasm4j.capi;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(RequiresWasmtime.class)
class BackendAvailabilityTest {
    @Test
    void the_backend_is_found_by_the_service_loader_and_available() {
        BackendInfo info = Engine.backends().stream().filter(b -> b.name().equals(WasmtimeBackend.NAME))
                .findFirst().orElseThrow();
        assertTrue(info.available(), info.toString());
    }

    @Test
    void the_library_has_the_layouts_the_bindings_assume() {
        assertTrue(LayoutCheck.problems().isEmpty(), () -> LayoutCheck.problems().orElse(""));
    }
}
