package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Caller;
import dev.wasm4j.Extern;
import dev.wasm4j.Store;

import java.util.Optional;

/**
 * The {@link Caller} a host function receives: valid only until the host function returns, as in
 * wasmtime, so code that keeps a Caller fails the same way on every backend instead of reaching into an
 * instance later.
 */
final class ScopedCaller implements Caller {
    private final Caller delegate;
    private boolean open = true;

    ScopedCaller(Caller delegate) {
        this.delegate = delegate;
    }

    /** Ends the scope; called when the host function returns or throws. */
    void close() {
        open = false;
    }

    private Caller live() {
        if (!open) {
            throw new IllegalStateException("a Caller is only valid during the host function call it was given to");
        }
        return delegate;
    }

    @Override
    public Store<?> store() {
        return live().store();
    }

    @Override
    public Optional<Extern> export(String name) {
        return live().export(name);
    }
}
