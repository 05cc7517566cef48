package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Checks, before the backend is used, that the loaded library has the struct layouts the bindings assume
 * (measured on wasmtime 49 and 50, see {@code shared/design/NATIVE.md}). A library built without the GC
 * feature has a 24-byte {@code wasmtime_val_t}; passing it our 32-byte values would corrupt memory, so such a
 * library is refused with a reason instead.
 */
final class LayoutCheck {
    private record ExpectedSize(MemoryLayout layout, long bytes) {
    }

    /** Sizes from NATIVE.md, for a library built with WASMTIME_FEATURE_GC on x86_64. */
    private static final List<ExpectedSize> EXPECTED_SIZES = List.of(
            new ExpectedSize(wasmtime_h.wasmtime_val_t, 32),
            new ExpectedSize(wasmtime_h.wasmtime_val_raw_t, 16),
            new ExpectedSize(wasmtime_h.wasmtime_func_t, 16),
            new ExpectedSize(wasmtime_h.wasmtime_instance_t, 16),
            new ExpectedSize(wasmtime_h.wasmtime_extern_t, 32),
            new ExpectedSize(wasmtime_h.wasmtime_table_t, 24),
            new ExpectedSize(wasmtime_h.wasmtime_memory_t, 24),
            new ExpectedSize(wasmtime_h.wasmtime_global_t, 24),
            new ExpectedSize(wasmtime_h.wasmtime_valtype_t, 32));

    private LayoutCheck() {
    }

    /** Empty when the layouts fit; otherwise what does not. */
    static Optional<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ExpectedSize expected : EXPECTED_SIZES) {
            if (expected.layout().byteSize() != expected.bytes()) {
                problems.add(expected.layout().name().orElse("?") + " is " + expected.layout().byteSize()
                        + " bytes, expected " + expected.bytes());
            }
        }
        if (!Downcalls.hasSymbol("wasmtime_externref_new")) {
            problems.add("the library was built without wasmtime's GC feature (no wasmtime_externref_new), so its"
                    + " wasmtime_val_t is 24 bytes and the bindings' is 32");
        } else {
            probeValueSize().ifPresent(problems::add);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * Has the library write an externref value (the union's widest member) and checks where its write ends:
     * the reference's last field must land in bytes 24..31 and nothing past byte 31 may change.
     */
    private static Optional<String> probeValueSize() {
        MemorySegment engine = wasm_h.wasm_engine_new_with_config(wasm_h.wasm_config_new());
        MemorySegment store = wasmtime_h.wasmtime_store_new(engine, MemorySegment.NULL, MemorySegment.NULL);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment context = wasmtime_h.wasmtime_store_context(store);
            MemorySegment init = arena.allocate(wasmtime_h.wasmtime_val_t);
            init.set(JAVA_BYTE, wasmtime_h.VAL_KIND, wasmtime_h.WASMTIME_EXTERNREF);
            if (!wasmtime_h.wasmtime_externref_new(context, MemorySegment.ofAddress(1), MemorySegment.NULL,
                    init.asSlice(wasmtime_h.VAL_OF))) {
                return Optional.of("could not create an externref to check wasmtime_val_t's size");
            }
            MemorySegment type = wasm_h.wasm_globaltype_new(wasm_h.wasm_valtype_new(wasm_h.WASM_EXTERNREF),
                    wasm_h.WASM_VAR);
            MemorySegment global = arena.allocate(wasmtime_h.wasmtime_global_t);
            MemorySegment error = wasmtime_h.wasmtime_global_new(context, type, init, global);
            wasm_h.wasm_globaltype_delete(type);
            wasmtime_h.wasmtime_val_unroot(init);
            if (!error.equals(MemorySegment.NULL)) {
                return Optional.of("could not create a global to check wasmtime_val_t's size: "
                        + NativeErrors.takeMessage(error));
            }
            MemorySegment out = arena.allocate(64, 8);
            out.fill((byte) 0xFF);
            wasmtime_h.wasmtime_global_get(context, global, out);
            boolean lastFieldWritten = out.get(JAVA_LONG, 24) != -1L;
            boolean nothingPast = out.get(JAVA_LONG, 32) == -1L && out.get(JAVA_LONG, 40) == -1L;
            boolean kindRight = out.get(JAVA_BYTE, 0) == wasmtime_h.WASMTIME_EXTERNREF;
            if (kindRight && lastFieldWritten) {
                wasmtime_h.wasmtime_val_unroot(out);
            }
            if (!(kindRight && lastFieldWritten && nothingPast)) {
                return Optional.of("the library's wasmtime_val_t is not the 32 bytes the bindings assume (kind "
                        + out.get(JAVA_BYTE, 0) + ", bytes 24..31 " + (lastFieldWritten ? "" : "not ")
                        + "written, bytes past 32 " + (nothingPast ? "untouched" : "written") + ")");
            }
            return Optional.empty();
        } finally {
            wasmtime_h.wasmtime_store_delete(store);
            wasm_h.wasm_engine_delete(engine);
        }
    }
}
