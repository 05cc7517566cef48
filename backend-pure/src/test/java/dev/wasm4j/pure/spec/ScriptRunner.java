package dev.wasm4j.pure.spec;

import dev.wasm4j.CompileException;
import dev.wasm4j.EngineConfig;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.internal.text.TextParseException;
import dev.wasm4j.internal.text.wast.ModuleKind;
import dev.wasm4j.internal.text.wast.WastCommand;
import dev.wasm4j.internal.text.wast.WastModule;
import dev.wasm4j.internal.text.wast.WastParser;
import dev.wasm4j.internal.text.wast.WastScript;
import dev.wasm4j.pure.PureEngine;
import dev.wasm4j.pure.spec.SuiteTally.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the module commands of one script through the pure backend's decoder and validator: modules
 * (also those of assert_unlinkable, assert_uninstantiable and assert_trap on a module) must be valid,
 * assert_malformed must be malformed and assert_invalid invalid, each with the suite's wording (the
 * backend's reason must start with the expected text).
 */
final class ScriptRunner {
    private final Path script;
    private final String name;
    private final PureEngine engine;
    private final SuiteTally tally;
    private final String group;

    ScriptRunner(Path script, SuiteTally tally) {
        this.script = script;
        this.name = SpecSuite.displayName(script);
        this.group = SpecSuite.group(script);
        this.engine = new PureEngine(new EngineConfig("pure", SpecSuite.featuresFor(script)));
        this.tally = tally;
    }

    void run() {
        WastScript parsed;
        try {
            parsed = WastParser.parse(Files.readString(script, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TextParseException e) {
            tally.fail(group, Kind.VALID, name, "script does not parse: " + e.getMessage());
            return;
        }
        for (WastCommand command : parsed.commands()) {
            if (command instanceof WastCommand.DefineModule c) {
                expectValid(c.line(), c.module());
            } else if (command instanceof WastCommand.AssertUnlinkable c) {
                expectValid(c.line(), c.module());
            } else if (command instanceof WastCommand.AssertUninstantiable c) {
                expectValid(c.line(), c.module());
            } else if (command instanceof WastCommand.AssertModuleTrap c) {
                expectValid(c.line(), c.module());
            } else if (command instanceof WastCommand.AssertMalformed c) {
                expectMalformed(c.line(), c.module(), c.message());
            } else if (command instanceof WastCommand.AssertInvalid c) {
                expectInvalid(c.line(), c.module(), c.message());
            }
        }
    }

    private void expectValid(int line, WastModule module) {
        byte[] bytes = encode(module);
        if (bytes == null) {
            tally.textError();
            return;
        }
        try {
            engine.validate(bytes);
            tally.pass(group, Kind.VALID);
        } catch (UnsupportedFeatureException e) {
            tally.unsupported(group, Kind.VALID);
        } catch (CompileException e) {
            tally.fail(group, Kind.VALID, where(line), "valid module rejected: " + e.getMessage());
        }
    }

    private void expectMalformed(int line, WastModule module, String expected) {
        byte[] bytes = encode(module);
        if (bytes == null) {
            if (module.kind() == ModuleKind.BINARY) {
                tally.fail(group, Kind.MALFORMED, where(line), "binary module not encodable");
            } else {
                tally.pass(group, Kind.MALFORMED); // the text parser rejected malformed text, as it should
            }
            return;
        }
        try {
            engine.validate(bytes);
            if (module.kind() == ModuleKind.BINARY) {
                tally.fail(group, Kind.MALFORMED, where(line), "accepted, expected malformed: " + expected);
            } else {
                tally.textAccepted(where(line));
            }
        } catch (MalformedModuleException e) {
            if (module.kind() != ModuleKind.BINARY || e.reason().startsWith(expected)) {
                tally.pass(group, Kind.MALFORMED);
            } else {
                tally.fail(group, Kind.MALFORMED, where(line),
                        "expected '" + expected + "', got '" + e.reason() + "'");
            }
        } catch (UnsupportedFeatureException e) {
            tally.unsupported(group, Kind.MALFORMED);
        } catch (CompileException e) {
            if (module.kind() == ModuleKind.BINARY) {
                tally.fail(group, Kind.MALFORMED, where(line),
                        "expected malformed '" + expected + "', got " + e.getMessage());
            } else {
                tally.textAccepted(where(line));
            }
        }
    }

    private void expectInvalid(int line, WastModule module, String expected) {
        byte[] bytes = encode(module);
        if (bytes == null) {
            tally.textError();
            return;
        }
        try {
            engine.validate(bytes);
            tally.fail(group, Kind.INVALID, where(line), "accepted, expected invalid: " + expected);
        } catch (InvalidModuleException e) {
            if (e.reason().startsWith(expected)) {
                tally.pass(group, Kind.INVALID);
            } else {
                tally.fail(group, Kind.INVALID, where(line),
                        "expected '" + expected + "', got '" + e.reason() + "'");
            }
        } catch (UnsupportedFeatureException e) {
            tally.unsupported(group, Kind.INVALID);
        } catch (CompileException e) {
            tally.fail(group, Kind.INVALID, where(line),
                    "expected invalid '" + expected + "', got " + e.getMessage());
        }
    }

    /** The module's binary, or null when its text does not encode. */
    private static byte[] encode(WastModule module) {
        try {
            return module.encode();
        } catch (TextParseException e) {
            return null;
        }
    }

    private String where(int line) {
        return name + ":" + line;
    }
}
