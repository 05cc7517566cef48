package dev.wasm4j.internal.text.wast;

import java.util.List;
import java.util.Optional;

/** One command of a WAST script; every command knows the 1-based line where it starts. */
public sealed interface WastCommand {
    int line();

    /** {@code (module ...)}: define (and unless it is a definition, instantiate) a module. */
    record DefineModule(int line, WastModule module) implements WastCommand {}

    /** {@code (module instance $instance? $definition?)}: instantiate a module definition. */
    record InstantiateModule(int line, Optional<String> instanceId, Optional<String> definitionId)
            implements WastCommand {}

    /** {@code (register "name" $id?)}: make a module instance importable under a name. */
    record Register(int line, String name, Optional<String> moduleId) implements WastCommand {}

    /** A bare action; its results are ignored, but it must not trap. */
    record Action(int line, WastAction action) implements WastCommand {}

    record AssertReturn(int line, WastAction action, List<WastExpected> expected) implements WastCommand {
        public AssertReturn {
            expected = List.copyOf(expected);
        }
    }

    /** {@code (assert_trap <action> "message")}. */
    record AssertTrap(int line, WastAction action, String message) implements WastCommand {}

    /** {@code (assert_trap <module> "message")}: instantiation (e.g. the start function) traps. */
    record AssertModuleTrap(int line, WastModule module, String message) implements WastCommand {}

    record AssertExhaustion(int line, WastAction action, String message) implements WastCommand {}

    /** {@code (assert_exception <action>)}: the action throws a WebAssembly exception. */
    record AssertException(int line, WastAction action) implements WastCommand {}

    /** The module cannot be decoded (binary) or parsed (text): {@link WastModule#encode()} throws for text. */
    record AssertMalformed(int line, WastModule module, String message) implements WastCommand {}

    record AssertInvalid(int line, WastModule module, String message) implements WastCommand {}

    record AssertUnlinkable(int line, WastModule module, String message) implements WastCommand {}

    record AssertUninstantiable(int line, WastModule module, String message) implements WastCommand {}

    /** {@code assert_malformed_custom}: a custom section or annotation is malformed (may be ignored). */
    record AssertMalformedCustom(int line, WastModule module, String message) implements WastCommand {}

    /** {@code assert_invalid_custom}: a custom section or annotation is invalid (may be ignored). */
    record AssertInvalidCustom(int line, WastModule module, String message) implements WastCommand {}

    /**
     * A command this model does not cover (e.g. {@code thread}, {@code wait}, {@code script},
     * {@code input}); the runner should report it as skipped.
     */
    record Unsupported(int line, String what) implements WastCommand {}
}
