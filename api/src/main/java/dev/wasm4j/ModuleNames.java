package dev.wasm4j;

import java.util.Map;
import java.util.Optional;

/**
 * The debug names of the {@code name} custom section. Empty when the module has none; a malformed name
 * section is ignored, as the spec asks.
 */
public record ModuleNames(Optional<String> moduleName, Map<Integer, String> functionNames,
                          Map<Integer, Map<Integer, String>> localNames) {
    public static final ModuleNames EMPTY = new ModuleNames(Optional.empty(), Map.of(), Map.of());

    public ModuleNames {
        functionNames = Map.copyOf(functionNames);
        localNames = Map.copyOf(localNames);
    }

    /** The name of function {@code index}, if the name section gives one. */
    public Optional<String> functionName(int index) {
        return Optional.ofNullable(functionNames.get(index));
    }
}
