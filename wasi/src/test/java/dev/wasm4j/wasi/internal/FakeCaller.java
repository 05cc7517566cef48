package dev.wasm4j.wasi.internal;

import dev.wasm4j.Caller;
import dev.wasm4j.Extern;
import dev.wasm4j.Memory;
import dev.wasm4j.Store;

import java.util.Optional;

/** A caller that exports one memory as "memory" (or none), for calling WASI functions directly. */
public final class FakeCaller implements Caller {
    private final Memory memory;

    public FakeCaller(Memory memory) {
        this.memory = memory;
    }

    @Override
    public Store<?> store() {
        throw new UnsupportedOperationException("no store in unit tests");
    }

    @Override
    public Optional<Extern> export(String name) {
        return name.equals("memory") ? Optional.ofNullable(memory) : Optional.empty();
    }
}
