package dev.wasm4j.capi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** What the header classes share: finding a symbol and making its downcall handle. */
final class Downcalls {
    private static final Linker LINKER = Linker.nativeLinker();

    private Downcalls() {
    }

    static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        SymbolLookup symbols = WasmtimeLibrary.symbols();
        return LINKER.downcallHandle(symbols.find(name).orElseThrow(
                () -> new UnsatisfiedLinkError("the wasmtime library has no symbol " + name
                        + " (is it wasmtime " + WasmtimeLibrary.VERSION + "?)")), descriptor);
    }

    static boolean hasSymbol(String name) {
        return WasmtimeLibrary.symbols().find(name).isPresent();
    }

    /** A downcall handle throws only what the native code cannot: wrap it so callers need no throws clause. */
    static AssertionError unexpected(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new AssertionError("downcall threw " + t, t);
    }
}
