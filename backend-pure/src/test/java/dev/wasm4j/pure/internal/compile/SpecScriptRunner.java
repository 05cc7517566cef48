package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Extern;
import dev.wasm4j.Feature;
import dev.wasm4j.FuncType;
import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.LinkException;
import dev.wasm4j.MemoryType;
import dev.wasm4j.RefType;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;
import dev.wasm4j.internal.text.wast.WastAction;
import dev.wasm4j.internal.text.wast.WastCommand;
import dev.wasm4j.internal.text.wast.WastExpected;
import dev.wasm4j.internal.text.wast.WastModule;
import dev.wasm4j.internal.text.wast.WastParser;
import dev.wasm4j.internal.text.wast.WastScript;
import dev.wasm4j.internal.text.wast.WastValue;
import dev.wasm4j.pure.internal.decode.ModuleDecoder;
import dev.wasm4j.pure.internal.model.Import;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import dev.wasm4j.pure.internal.runtime.Instantiator;
import dev.wasm4j.pure.internal.runtime.PureStore;
import dev.wasm4j.pure.internal.runtime.WasmFunction;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs the execution commands of a spec script below the public API (decode, compile, instantiate,
 * invoke), to measure the compiler and runtime before the public conformance runner can. Validation
 * and text-format assertions are not this runner's business and are skipped.
 */
final class SpecScriptRunner {
    /** Host references of scripts: {@code (ref.extern N)}. */
    record HostRef(long id) {
    }

    final List<String> failures = new ArrayList<>();
    int passed;
    int skipped;

    private final PureStore store = new PureStore(null);
    private final Instrumentation instrumentation;
    private final Map<String, Map<String, Extern>> registered = new HashMap<>();
    private final Map<String, Map<String, Extern>> byId = new HashMap<>();
    private final Map<String, WasmModule> definitions = new HashMap<>();
    private Map<String, Extern> current;
    private final String file;
    private final Set<Feature> features;

    SpecScriptRunner(String file, Set<Feature> features, Instrumentation instrumentation) {
        this.file = file;
        this.features = features;
        this.instrumentation = instrumentation;
        // Enough fuel for any script, and a deadline the store's own epoch never reaches: every charge and
        // check runs, none traps.
        store.setFuel(Long.MAX_VALUE);
        store.setEpochDeadline(1);
        registered.put("spectest", spectest());
    }

    /** The fuel the script's code consumed (with {@link Instrumentation#fuel()}). */
    long fuelConsumed() {
        return Long.MAX_VALUE - store.getFuel();
    }

    private Map<String, Extern> spectest() {
        Map<String, Extern> m = new HashMap<>();
        for (String[] p : new String[][] {{"print"}, {"print_i32", "i32"}, {"print_i64", "i64"}, {"print_f32", "f32"},
                {"print_f64", "f64"}, {"print_i32_f32", "i32", "f32"}, {"print_f64_f64", "f64", "f64"}}) {
            List<ValType> params = new ArrayList<>();
            for (int i = 1; i < p.length; i++) {
                params.add(switch (p[i]) {
                    case "i32" -> ValType.I32;
                    case "i64" -> ValType.I64;
                    case "f32" -> ValType.F32;
                    default -> ValType.F64;
                });
            }
            m.put(p[0], store.hostFunction(new FuncType(params, List.of()), (caller, args) -> new Val[0]));
        }
        m.put("global_i32", store.global(new GlobalType(ValType.I32, false), Val.i32(666)));
        m.put("global_i64", store.global(new GlobalType(ValType.I64, false), Val.i64(666)));
        m.put("global_f32", store.global(new GlobalType(ValType.F32, false), Val.f32(666.6f)));
        m.put("global_f64", store.global(new GlobalType(ValType.F64, false), Val.f64(666.6)));
        m.put("table", store.table(TableType.of(RefType.FUNCREF, 10, OptionalLong.of(20)), Val.nullRef(RefType.FUNCREF)));
        m.put("memory", store.memory(MemoryType.of(1, OptionalLong.of(2))));
        return m;
    }

    static SpecScriptRunner run(Path path) throws Exception {
        return run(path, Feature.WASM_2_0);
    }

    static SpecScriptRunner run(Path path, Set<Feature> features) throws Exception {
        return run(path, features, Instrumentation.NONE);
    }

    static SpecScriptRunner run(Path path, Set<Feature> features, Instrumentation instrumentation) throws Exception {
        SpecScriptRunner r = new SpecScriptRunner(path.getFileName().toString(), features, instrumentation);
        WastScript script = WastParser.parse(Files.readString(path), path.getFileName().toString());
        for (WastCommand c : script.commands()) {
            try {
                r.execute(c);
            } catch (Throwable t) {
                r.fail(c, "unexpected " + t + at(t));
            }
        }
        return r;
    }

    private static String at(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length > 0 ? " at " + st[0] : "";
    }

    private void fail(WastCommand c, String why) {
        failures.add(file + ":" + c.line() + ": " + why);
    }

    private void execute(WastCommand c) {
        if (c instanceof WastCommand.DefineModule d) {
            WasmModule m = decode(d.module());
            if (d.module().isDefinition()) {
                d.module().id().ifPresent(id -> definitions.put(id, m));
                return;
            }
            current = instantiate(m);
            d.module().id().ifPresent(id -> byId.put(id, current));
            passed++;
        } else if (c instanceof WastCommand.InstantiateModule im) {
            current = instantiate(definitions.get(im.definitionId().orElseThrow()));
            im.instanceId().ifPresent(id -> byId.put(id, current));
        } else if (c instanceof WastCommand.Register reg) {
            registered.put(reg.name(), reg.moduleId().map(byId::get).orElse(current));
        } else if (c instanceof WastCommand.Action a) {
            perform(a.action());
        } else if (c instanceof WastCommand.AssertReturn ar) {
            Val[] results = perform(ar.action());
            if (results.length != ar.expected().size()) {
                fail(c, "expected " + ar.expected() + ", got " + List.of(results));
                return;
            }
            for (int i = 0; i < results.length; i++) {
                if (!matches(ar.expected().get(i), results[i])) {
                    fail(c, ar.action() + ": expected " + ar.expected() + ", got " + List.of(results));
                    return;
                }
            }
            passed++;
        } else if (c instanceof WastCommand.AssertTrap at) {
            expectTrap(c, at.message(), () -> perform(at.action()));
        } else if (c instanceof WastCommand.AssertException ae) {
            expectTrap(c, TrapCode.UNCAUGHT_EXCEPTION.message(), () -> perform(ae.action()));
        } else if (c instanceof WastCommand.AssertExhaustion ae) {
            expectTrap(c, ae.message(), () -> perform(ae.action()));
        } else if (c instanceof WastCommand.AssertModuleTrap mt) {
            expectTrap(c, mt.message(), () -> instantiate(decode(mt.module())));
        } else if (c instanceof WastCommand.AssertUninstantiable au) {
            expectTrap(c, au.message(), () -> instantiate(decode(au.module())));
        } else if (c instanceof WastCommand.AssertUnlinkable al) {
            try {
                instantiate(decode(al.module()));
                fail(c, "expected link error " + al.message());
            } catch (LinkException e) {
                passed++;
            }
        } else {
            skipped++;
        }
    }

    private void expectTrap(WastCommand c, String message, Runnable r) {
        try {
            r.run();
            fail(c, "expected trap " + message);
        } catch (Trap t) {
            if (t.getMessage().startsWith(message) || message.startsWith(t.code().message())) {
                passed++;
            } else {
                fail(c, "expected trap " + message + ", got " + t.getMessage());
            }
        }
    }

    private WasmModule decode(WastModule m) {
        return ModuleDecoder.decode(m.encode(), features);
    }

    private Map<String, Extern> instantiate(WasmModule m) {
        CompiledModule compiled = ModuleCompiler.compile(m, features, instrumentation);
        List<Extern> imports = new ArrayList<>();
        for (Import imp : m.imports()) {
            Map<String, Extern> from = registered.get(imp.module());
            Extern e = from == null ? null : from.get(imp.name());
            if (e == null) {
                throw new LinkException(imp.module(), imp.name(), "unknown import " + imp.module() + "::" + imp.name());
            }
            imports.add(e);
        }
        return Instantiator.instantiate(compiled, store, imports);
    }

    private Val[] perform(WastAction action) {
        Map<String, Extern> target = action.moduleId().map(byId::get).orElse(current);
        Extern e = target.get(action.name());
        if (action instanceof WastAction.Get) {
            return new Val[] {((Global) e).get()};
        }
        WastAction.Invoke inv = (WastAction.Invoke) action;
        Val[] args = new Val[inv.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = toVal(inv.args().get(i));
        }
        return ((WasmFunction) e).call(args);
    }

    private static Val toVal(WastValue v) {
        if (v instanceof WastValue.I32 i) {
            return Val.i32(i.value());
        } else if (v instanceof WastValue.I64 l) {
            return Val.i64(l.value());
        } else if (v instanceof WastValue.F32 f) {
            return Val.f32Bits(f.bits());
        } else if (v instanceof WastValue.F64 d) {
            return Val.f64Bits(d.bits());
        } else if (v instanceof WastValue.V128 x) {
            ByteBuffer b = ByteBuffer.wrap(x.bytes()).order(ByteOrder.LITTLE_ENDIAN);
            return Val.v128(b.getLong(0), b.getLong(8));
        } else if (v instanceof WastValue.RefNull n) {
            return Val.nullRef(n.heapType().startsWith("func") ? RefType.FUNCREF : RefType.EXTERNREF);
        } else if (v instanceof WastValue.RefExtern x) {
            return Val.externref(new HostRef(x.id()));
        }
        throw new WasmException("unsupported argument " + v);
    }

    private static boolean matches(WastExpected e, Val v) {
        if (e instanceof WastExpected.Exact x) {
            WastValue w = x.value();
            if (w instanceof WastValue.RefNull) {
                return v.type() instanceof RefType && v.ref() == null;
            }
            if (w instanceof WastValue.RefExtern r) {
                return new HostRef(r.id()).equals(v.ref());
            }
            Val want = toVal(w);
            return want.type().equals(v.type()) && want.bits() == v.bits() && want.high() == v.high();
        }
        if (e instanceof WastExpected.V128 lanes) {
            byte[] bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(v.bits()).putLong(v.high())
                    .array();
            return v.type() == ValType.V128 && lanes.matches(bytes);
        }
        if (e instanceof WastExpected.F32Nan n) {
            return v.type() == ValType.F32 && n.matches((int) v.bits());
        }
        if (e instanceof WastExpected.F64Nan n) {
            return v.type() == ValType.F64 && n.matches(v.bits());
        }
        if (e instanceof WastExpected.RefOfKind k) {
            return switch (k.kind()) {
                case NULL -> v.ref() == null;
                case FUNC -> v.ref() instanceof WasmFunction;
                case EXTERN -> v.ref() != null;
                default -> false;
            };
        }
        if (e instanceof WastExpected.Either either) {
            return either.alternatives().stream().anyMatch(a -> matches(a, v));
        }
        return false;
    }
}
