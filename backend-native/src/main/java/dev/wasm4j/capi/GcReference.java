package dev.wasm4j.capi;

/**
 * A non-null GC reference (anyref, eqref, i31ref, structref, arrayref, exnref) that wasm returned. The
 * backend does not keep the object alive or let it go back into wasm: the C API offers no way to hold it
 * without rooting it in the store until the store dies.
 */
final class GcReference {
    private final String kind;

    GcReference(String kind) {
        this.kind = kind;
    }

    @Override
    public String toString() {
        return "a wasm " + kind + " (backend " + WasmtimeBackend.NAME + ")";
    }
}
