package dev.wasm4j.conformance;

/** The host reference a script writes as {@code (ref.extern N)} or {@code (ref.host N)}. */
record HostRef(long id) {
    @Override
    public String toString() {
        return "hostref " + id;
    }
}
