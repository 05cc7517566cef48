package dev.wasm4j;

import java.util.Optional;

/** A backend found on the class path, and whether it can be used here. */
public record BackendInfo(String name, Optional<String> unavailableReason) {
    public boolean available() {
        return unavailableReason.isEmpty();
    }

    @Override
    public String toString() {
        return name + ": " + unavailableReason.orElse("available");
    }
}
