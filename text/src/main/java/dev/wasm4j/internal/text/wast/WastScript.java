package dev.wasm4j.internal.text.wast;

import java.util.List;

/** A parsed WAST script: its commands in order. */
public record WastScript(String sourceName, List<WastCommand> commands) {
    public WastScript {
        commands = List.copyOf(commands);
    }
}
