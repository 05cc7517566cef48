package dev.wasm4j.capi;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Makes a test class need backend wasmtime. When its library is missing the tests fail with the reason
 * (which says how to install it); they are skipped only when {@code -Dwasm4j.native.optional=true} says the
 * native backend may be missing on this machine.
 */
final class RequiresWasmtime implements BeforeAllCallback {
    static final String OPTIONAL_PROPERTY = "wasm4j.native.optional";

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<String> reason = new WasmtimeBackend().unavailableReason();
        if (reason.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean(OPTIONAL_PROPERTY)) {
            // Said out loud: a skipped native test run must not pass for a green one.
            System.err.println("SKIPPED " + context.getDisplayName() + ": backend wasmtime is not available: "
                    + reason.get());
            Assumptions.abort("backend wasmtime is not available (" + OPTIONAL_PROPERTY + "=true): " + reason.get());
        }
        fail("backend wasmtime is not available: " + reason.get());
    }
}
