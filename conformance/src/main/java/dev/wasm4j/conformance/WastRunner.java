package dev.wasm4j.conformance;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Global;
import dev.wasm4j.Instance;
import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.LinkException;
import dev.wasm4j.MalformedModuleException;
import dev.wasm4j.Module;
import dev.wasm4j.Linker;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import dev.wasm4j.internal.text.TextParseException;
import dev.wasm4j.internal.text.wast.WastAction;
import dev.wasm4j.internal.text.wast.WastCommand;
import dev.wasm4j.internal.text.wast.WastModule;
import dev.wasm4j.internal.text.wast.WastParser;
import dev.wasm4j.internal.text.wast.WastScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one .wast script on one backend through the public API, command by command, and counts which
 * behave as the script expects. A command is skipped only when the backend says it cannot run it yet
 * ({@link UnsupportedFeatureException}), or the script uses a command the model cannot represent.
 */
public final class WastRunner {
    private final String backend;
    private final Set<Feature> features;

    public WastRunner(String backend, Set<Feature> features) {
        this.backend = backend;
        this.features = features;
    }

    /** Runs the file; never throws for anything the script or the backend does. */
    public FileResult run(Path file, String name) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failedWhole(name, "cannot read: " + e.getMessage());
        }
        WastScript script;
        try {
            script = WastParser.parse(source, name);
        } catch (TextParseException e) {
            return failedWhole(name, "script does not parse: " + e.getMessage());
        }
        try (Engine engine = Engine.builder().backend(backend).features(features).build()) {
            return new Session(engine, name).runAll(script);
        } catch (WasmException e) {
            return failedWhole(name, "engine: " + e.getMessage());
        }
    }

    private static FileResult failedWhole(String name, String why) {
        return new FileResult(name, 0, 1, 0, List.of(new FileResult.Failure(0, why)), Map.of(), 0);
    }

    /** Thrown inside a command to count it as skipped. */
    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Thrown inside a command to count it as failed. */
    private static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** The state of one script run: the store, the registered instances, the current module. */
    private static final class Session {
        private final Engine engine;
        private final String name;
        private final Store<Void> store;
        private final Linker<Void> linker;
        private final Map<String, Instance> instancesById = new HashMap<>();
        private final Map<String, Module> definitionsById = new HashMap<>();
        /** Why the module an id (or "" for the current one) refers to is missing, when it is. */
        private final Map<String, Missing> unavailable = new HashMap<>();
        /** Names that could not be registered because their module was skipped, and why. */
        private final Map<String, String> skippedRegistrations = new HashMap<>();
        private Instance current;
        private int passed;
        private int failedCount;
        private int skipped;
        private int messageMismatches;
        private final List<FileResult.Failure> failures = new ArrayList<>();
        private final Map<String, Integer> skipReasons = new LinkedHashMap<>();

        Session(Engine engine, String name) {
            this.engine = engine;
            this.name = name;
            this.store = Store.create(engine);
            this.linker = Linker.create(engine);
            SpectestModule.define(linker, store);
        }

        FileResult runAll(WastScript script) {
            for (WastCommand command : script.commands()) {
                try {
                    run(command);
                    passed++;
                } catch (Skip s) {
                    skipped++;
                    skipReasons.merge(s.getMessage(), 1, Integer::sum);
                } catch (Failed f) {
                    fail(command.line(), f.getMessage());
                } catch (RuntimeException | Error e) {
                    // Includes VerifyError and the like: a backend bug must cost one command, not the run.
                    fail(command.line(), "unexpected " + describe(e));
                }
            }
            store.close();
            return new FileResult(name, passed, failedCount, skipped, failures, skipReasons, messageMismatches);
        }

        private void fail(int line, String message) {
            failedCount++;
            failures.add(new FileResult.Failure(line, message));
        }

        private void run(WastCommand command) {
            if (command instanceof WastCommand.DefineModule d) {
                defineModule(d.module());
            } else if (command instanceof WastCommand.InstantiateModule im) {
                instantiateDefinition(im);
            } else if (command instanceof WastCommand.Register r) {
                try {
                    linker.allowShadowing(true).instance(r.name(), instance(r.moduleId()));
                } catch (Skip s) {
                    skippedRegistrations.put(r.name(), s.getMessage());
                    throw s;
                }
            } else if (command instanceof WastCommand.Action a) {
                perform(a.action());
            } else if (command instanceof WastCommand.AssertReturn ar) {
                assertReturn(ar);
            } else if (command instanceof WastCommand.AssertTrap at) {
                Trap trap = expectTrap(() -> perform(at.action()));
                checkTrapMessage(trap, at.message());
            } else if (command instanceof WastCommand.AssertExhaustion ae) {
                Trap trap = expectTrap(() -> perform(ae.action()));
                if (trap.code() != TrapCode.STACK_EXHAUSTED) {
                    throw new Failed("expected call stack exhaustion, got trap: " + firstLine(trap));
                }
            } else if (command instanceof WastCommand.AssertException ae) {
                Trap trap = expectTrap(() -> perform(ae.action()));
                if (trap.code() != TrapCode.UNCAUGHT_EXCEPTION) {
                    throw new Failed("expected an uncaught wasm exception, got trap: " + firstLine(trap));
                }
            } else if (command instanceof WastCommand.AssertModuleTrap amt) {
                Module module = compileOrSkip(amt.module());
                Trap trap = expectTrap(() -> instantiate(module));
                checkTrapMessage(trap, amt.message());
            } else if (command instanceof WastCommand.AssertUninstantiable au) {
                Module module = compileOrSkip(au.module());
                Trap trap = expectTrap(() -> instantiate(module));
                checkTrapMessage(trap, au.message());
            } else if (command instanceof WastCommand.AssertUnlinkable au) {
                Module module = compileOrSkip(au.module());
                try {
                    linker.instantiate(store, module);
                    throw new Failed("expected a link error (" + au.message() + "), but it linked");
                } catch (LinkException e) {
                    noteMessage(e.getMessage(), au.message());
                }
            } else if (command instanceof WastCommand.AssertMalformed am) {
                expectMalformed(am.module(), am.message());
            } else if (command instanceof WastCommand.AssertInvalid ai) {
                expectInvalid(ai.module(), ai.message());
            } else if (command instanceof WastCommand.AssertMalformedCustom c) {
                expectCustomSectionProblem(c.module(), c.message(), true);
            } else if (command instanceof WastCommand.AssertInvalidCustom c) {
                expectCustomSectionProblem(c.module(), c.message(), false);
            } else if (command instanceof WastCommand.Unsupported u) {
                throw new Skip("script command '" + u.what() + "' is not supported by the runner");
            } else {
                throw new Failed("unknown command " + command);
            }
        }

        private void instantiateDefinition(WastCommand.InstantiateModule im) {
            try {
                String def = im.definitionId().orElseThrow(() -> new Failed("module instance without definition"));
                Module module = definitionsById.get(def);
                if (module == null) {
                    throw missing(def);
                }
                Instance instance = instantiate(module);
                current = instance;
                unavailable.remove("");
                im.instanceId().ifPresent(id -> {
                    instancesById.put(id, instance);
                    unavailable.remove(id);
                });
            } catch (RuntimeException e) {
                Missing why = new Missing(e instanceof Skip ? e.getMessage() : "its instantiation failed: "
                        + firstLine(e), e instanceof Skip);
                current = null;
                unavailable.put("", why);
                im.instanceId().ifPresent(id -> unavailable.put(id, why));
                throw e;
            }
        }

        /**
         * {@code assert_malformed_custom} / {@code assert_invalid_custom}: the problem is in a custom
         * section or annotation, which an implementation may report or ignore; the rest of the module
         * must be fine either way.
         */
        private void expectCustomSectionProblem(WastModule wm, String message, boolean malformed) {
            byte[] bytes;
            try {
                bytes = wm.encode();
            } catch (TextParseException e) {
                if (!malformed) {
                    throw new Failed("expected a module with an invalid custom section (" + message
                            + "), but the text does not encode: " + e.getMessage());
                }
                noteMessage(e.reason(), message);
                return;
            }
            try {
                Module.validate(engine, bytes);
            } catch (UnsupportedFeatureException e) {
                throw new Skip(e.getMessage());
            } catch (MalformedModuleException | InvalidModuleException e) {
                String reason = e instanceof MalformedModuleException mm ? mm.reason()
                        : ((InvalidModuleException) e).reason();
                if (!(malformed ? e instanceof MalformedModuleException : e instanceof InvalidModuleException)
                        || !reason.contains(message)) {
                    throw new Failed("custom-section problem (" + message + "), got: " + firstLine(e));
                }
            }
        }

        private void defineModule(WastModule wm) {
            String key = wm.id().orElse("");
            Module module;
            try {
                module = compileOrSkip(wm);
            } catch (Skip | Failed e) {
                Missing why = new Missing(e.getMessage(), e instanceof Skip);
                unavailable.put(key, why);
                if (!wm.isDefinition()) {
                    current = null;
                    unavailable.put("", why);
                }
                throw e;
            }
            if (wm.isDefinition()) {
                wm.id().ifPresent(id -> definitionsById.put(id, module));
                return;
            }
            Instance instance;
            try {
                instance = instantiate(module);
            } catch (Skip e) {
                current = null;
                Missing why = new Missing(e.getMessage(), true);
                unavailable.put("", why);
                wm.id().ifPresent(id -> unavailable.put(id, why));
                throw e;
            } catch (RuntimeException e) {
                current = null;
                Missing why = new Missing("its instantiation failed: " + firstLine(e), false);
                unavailable.put("", why);
                wm.id().ifPresent(id -> unavailable.put(id, why));
                throw new Failed("instantiation failed: " + describe(e));
            }
            current = instance;
            unavailable.remove("");
            wm.id().ifPresent(id -> {
                instancesById.put(id, instance);
                definitionsById.put(id, module);
                unavailable.remove(id);
            });
        }

        /**
         * Instantiates with the linker; an import from a registration that was skipped skips this too,
         * since the backend said earlier it cannot run what would provide it.
         */
        private Instance instantiate(Module module) {
            try {
                return linker.instantiate(store, module);
            } catch (LinkException e) {
                String why = skippedRegistrations.get(e.importModule());
                if (why != null && linker.get(store, e.importModule(), e.importName()).isEmpty()) {
                    throw new Skip(why);
                }
                throw e;
            }
        }

        /** Compiles a module that must be valid; a backend without the needed feature skips. */
        private Module compileOrSkip(WastModule wm) {
            byte[] bytes;
            try {
                bytes = wm.encode();
            } catch (TextParseException e) {
                throw new Failed("text module does not encode: " + e.getMessage());
            }
            try {
                return Module.fromBytes(engine, bytes);
            } catch (UnsupportedFeatureException e) {
                throw new Skip(e.getMessage());
            } catch (WasmException e) {
                throw new Failed("module does not compile: " + firstLine(e));
            }
        }

        private void expectMalformed(WastModule wm, String message) {
            byte[] bytes;
            try {
                bytes = wm.encode();
            } catch (TextParseException e) {
                noteMessage(e.reason(), message);
                return;
            }
            try {
                Module.validate(engine, bytes);
            } catch (MalformedModuleException e) {
                noteMessage(e.reason(), message);
                return;
            } catch (UnsupportedFeatureException e) {
                throw new Skip(e.getMessage());
            } catch (WasmException e) {
                throw new Failed("expected malformed (" + message + "), got: " + firstLine(e));
            }
            throw new Failed("expected malformed (" + message + "), but the module is accepted");
        }

        private void expectInvalid(WastModule wm, String message) {
            byte[] bytes;
            try {
                bytes = wm.encode();
            } catch (TextParseException e) {
                throw new Failed("expected invalid (" + message + "), but the text does not encode: "
                        + e.getMessage());
            }
            try {
                Module.validate(engine, bytes);
            } catch (InvalidModuleException e) {
                noteMessage(e.reason(), message);
                return;
            } catch (UnsupportedFeatureException e) {
                throw new Skip(e.getMessage());
            } catch (WasmException e) {
                throw new Failed("expected invalid (" + message + "), got: " + firstLine(e));
            }
            throw new Failed("expected invalid (" + message + "), but the module is accepted");
        }

        private void noteMessage(String actual, String expected) {
            if (actual == null || !(actual.contains(expected) || expected.contains(actual))) {
                messageMismatches++;
            }
        }

        private void assertReturn(WastCommand.AssertReturn ar) {
            Val[] results = perform(ar.action());
            if (results.length != ar.expected().size()) {
                throw new Failed(ar.action() + ": expected " + ar.expected().size() + " results "
                        + ar.expected() + ", got " + Arrays.toString(results));
            }
            for (int i = 0; i < results.length; i++) {
                if (!Values.matches(ar.expected().get(i), results[i])) {
                    throw new Failed(ar.action() + ": expected " + ar.expected() + ", got "
                            + Arrays.toString(results));
                }
            }
        }

        private Trap expectTrap(Runnable body) {
            try {
                body.run();
            } catch (Trap t) {
                return t;
            }
            throw new Failed("expected a trap, but it returned normally");
        }

        /** The trap must be the kind the script names; the spec's wording is compared by prefix. */
        private void checkTrapMessage(Trap trap, String expected) {
            String actual = trap.code().message();
            if (!(expected.startsWith(actual) || actual.startsWith(expected) || firstLine(trap).contains(expected))) {
                throw new Failed("expected trap '" + expected + "', got '" + firstLine(trap) + "'");
            }
        }

        private Val[] perform(WastAction action) {
            Instance instance = instance(action.moduleId());
            if (action instanceof WastAction.Invoke inv) {
                var func = instance.func(inv.name())
                        .orElseThrow(() -> new Failed("no exported function \"" + inv.name() + "\""));
                Val[] args = inv.args().stream().map(Values::toVal).toArray(Val[]::new);
                return func.call(args);
            }
            WastAction.Get get = (WastAction.Get) action;
            Global global = instance.global(get.name())
                    .orElseThrow(() -> new Failed("no exported global \"" + get.name() + "\""));
            return new Val[] {global.get()};
        }

        private Instance instance(Optional<String> id) {
            if (id.isEmpty()) {
                if (current == null) {
                    throw missing("");
                }
                return current;
            }
            Instance i = instancesById.get(id.get());
            if (i == null) {
                throw missing(id.get());
            }
            return i;
        }

        /** The module is missing because an earlier command failed or was skipped: say so the same way. */
        private RuntimeException missing(String key) {
            Missing why = unavailable.get(key);
            String what = key.isEmpty() ? "the current module" : "module $" + key;
            if (why == null) {
                return new Failed(what + " is not defined");
            }
            return why.skipped() ? new Skip(why.reason()) : new Failed(what + " is not available: " + why.reason());
        }
    }

    /** A module that is not there because defining it failed (or was skipped), and why. */
    private record Missing(String reason, boolean skipped) {
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + firstLine(e);
    }
}
