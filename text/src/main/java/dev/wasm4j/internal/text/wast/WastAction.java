package dev.wasm4j.internal.text.wast;

import java.util.List;
import java.util.Optional;

/** An action on a module instance: {@code invoke} an exported function or {@code get} an exported global. */
public sealed interface WastAction {
    /** The instance acted on: a module id, or empty for the most recent module. */
    Optional<String> moduleId();

    /** The export name. */
    String name();

    record Invoke(Optional<String> moduleId, String name, List<WastValue> args) implements WastAction {
        public Invoke {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            return "invoke " + moduleId.map(id -> "$" + id + " ").orElse("") + '"' + name + '"' + " " + args;
        }
    }

    record Get(Optional<String> moduleId, String name) implements WastAction {
        @Override
        public String toString() {
            return "get " + moduleId.map(id -> "$" + id + " ").orElse("") + '"' + name + '"';
        }
    }
}
