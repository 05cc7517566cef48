package dev.wasm4j;

import java.util.Optional;

/**
 * What a host function sees of its caller: the calling instance's exports and the store. A Caller is
 * valid only while the host function it was given to runs; using it afterwards throws
 * {@link IllegalStateException} (the externs it returned stay valid).
 */
public interface Caller {
    Store<?> store();

    /** The store's user data. */
    @SuppressWarnings("unchecked")
    default <T> T data() {
        return (T) store().data();
    }

    /** An export of the calling instance, if the caller is a wasm instance and has it. */
    Optional<Extern> export(String name);

    /** The calling instance's memory exported as {@code name}. */
    default Optional<Memory> memory(String name) {
        return export(name).filter(Memory.class::isInstance).map(Memory.class::cast);
    }
}
