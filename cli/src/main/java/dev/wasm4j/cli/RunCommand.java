package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Func;
import dev.wasm4j.FuncType;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import dev.wasm4j.wasi.Wasi;
import dev.wasm4j.wasi.WasiConfig;
import dev.wasm4j.wasi.WasiContext;
import dev.wasm4j.wasi.WasiExitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code wasm4j run}, in the shape of {@code wasmtime run}: options come before the module file,
 * everything after it belongs to the program.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a WebAssembly module (a WASI command's _start, or the export named by --invoke)."
                + " Options come before FILE; everything after FILE is passed to the program.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    ResourceOptions resources = new ResourceOptions();

    @Option(names = "--invoke", paramLabel = "NAME",
            description = "Call this export with ARGS parsed by its parameter types and print its results.")
    String invoke;

    @Parameters(index = "0", paramLabel = "FILE", description = "The module (.wasm or .wat).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program or function.")
    List<String> args = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "HOST[::GUEST]",
            description = "Give the program a host directory, seen as GUEST (default: the same path).")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--dir-ro", paramLabel = "HOST[::GUEST]",
            description = "Like --dir, but the program may only read it.")
    List<String> readOnlyDirs = new ArrayList<>();

    @Option(names = "--preload", paramLabel = "NAME=MODULE",
            description = "Instantiate MODULE first and let the program import its exports as module NAME.")
    List<String> preloads = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VALUE]",
            description = "Set an environment variable for the program (NAME alone: inherit the host's).")
    List<String> env = new ArrayList<>();

    @Override
    public Integer call() {
        try (Engine engine = resources.configure(engineOptions.builder()).build()) {
            Module module = Module.fromFile(engine, file);
            Map<String, Module> preloaded = new LinkedHashMap<>();
            for (String spec : preloads) {
                int eq = spec.indexOf('=');
                if (eq <= 0 || eq == spec.length() - 1) {
                    throw new IllegalArgumentException("--preload '" + spec + "' must be NAME=MODULE");
                }
                preloaded.put(spec.substring(0, eq), Module.fromFile(engine, Path.of(spec.substring(eq + 1))));
            }
            boolean usesWasi = importsWasi(module) || preloaded.values().stream().anyMatch(RunCommand::importsWasi);
            try (WasiContext wasi = WasiContext.create(wasiConfig());
                 Store<WasiContext> store = Store.create(engine, wasi)) {
                Linker<WasiContext> linker = Linker.create(engine);
                if (usesWasi) {
                    Wasi.addToLinker(linker, ctx -> ctx);
                }
                ScheduledExecutorService timer = resources.apply(engine, store);
                try {
                    for (Map.Entry<String, Module> p : preloaded.entrySet()) {
                        Instance preloadedInstance = linker.instantiate(store, p.getValue());
                        preloadedInstance.func("_initialize").ifPresent(Func::call);
                        linker.instance(p.getKey(), preloadedInstance);
                    }
                    Instance instance = linker.instantiate(store, module);
                    if (invoke == null) {
                        Func start = instance.func("_start").orElseThrow(() -> new WasmException(file
                                + " exports no _start function; name the function to call with --invoke"));
                        return runCommand(start);
                    }
                    Func func = instance.func(invoke).orElseThrow(() -> new WasmException(
                            file + " exports no function '" + invoke + "'"));
                    // A WASI reactor sets itself up in _initialize before any other export is called.
                    instance.func("_initialize").ifPresent(Func::call);
                    for (Val r : func.call(ArgumentParser.parse(func.type(), args))) {
                        System.out.println(ArgumentParser.format(r));
                    }
                    return 0;
                } finally {
                    if (timer != null) {
                        timer.shutdownNow();
                    }
                }
            }
        }
    }

    private static boolean importsWasi(Module module) {
        return module.imports().stream().anyMatch(i -> i.module().equals(Wasi.MODULE));
    }

    /** Runs a WASI command's _start: its exit code is proc_exit's, or 0 when _start returns. */
    private static int runCommand(Func start) {
        try {
            start.call();
            return 0;
        } catch (WasiExitException exit) {
            return exit.exitCode();
        } finally {
            System.out.flush();
        }
    }

    private WasiConfig wasiConfig() {
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        if (invoke == null) {
            argv.addAll(args);
        }
        WasiConfig.Builder b = WasiConfig.builder().args(argv).inheritStdio();
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq < 0) {
                String inherited = System.getenv(e);
                if (inherited != null) {
                    b = b.env(e, inherited);
                }
            } else {
                b = b.env(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        for (String d : dirs) {
            b = preopen(b, d, false);
        }
        for (String d : readOnlyDirs) {
            b = preopen(b, d, true);
        }
        return b.build();
    }

    private static WasiConfig.Builder preopen(WasiConfig.Builder b, String spec, boolean readOnly) {
        int sep = spec.indexOf("::");
        String host = sep < 0 ? spec : spec.substring(0, sep);
        String guest = sep < 0 ? spec : spec.substring(sep + 2);
        Path hostPath = Path.of(host);
        if (!Files.isDirectory(hostPath)) {
            throw new IllegalArgumentException("--dir " + spec + ": " + host + " is not a directory");
        }
        return b.preopenDir(hostPath, guest, readOnly);
    }

    /** Converts command-line words to wasm values by the function's parameter types, and results back. */
    static final class ArgumentParser {
        private ArgumentParser() {
        }

        static Val[] parse(FuncType type, List<String> words) {
            if (words.size() != type.params().size()) {
                throw new IllegalArgumentException("the function " + type + " takes " + type.params().size()
                        + " argument(s), " + words.size() + " given");
            }
            Val[] vals = new Val[words.size()];
            for (int i = 0; i < vals.length; i++) {
                String w = words.get(i).replace("_", "");
                try {
                    vals[i] = switch (type.params().get(i).toString()) {
                        case "i32" -> Val.i32((int) parseInteger(w, 32));
                        case "i64" -> Val.i64(parseInteger(w, 64));
                        case "f32" -> Val.f32(Float.parseFloat(w));
                        case "f64" -> Val.f64(Double.parseDouble(w));
                        default -> throw new IllegalArgumentException("cannot pass a "
                                + type.params().get(i) + " from the command line");
                    };
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("argument " + (i + 1) + " '" + words.get(i)
                            + "' is not a " + type.params().get(i));
                }
            }
            return vals;
        }

        /** Signed or unsigned decimal, or 0x hexadecimal, that fits in {@code bits} bits. */
        private static long parseInteger(String w, int bits) {
            boolean negative = w.startsWith("-");
            String digits = negative || w.startsWith("+") ? w.substring(1) : w;
            boolean hex = digits.startsWith("0x") || digits.startsWith("0X");
            long magnitude = Long.parseUnsignedLong(hex ? digits.substring(2) : digits, hex ? 16 : 10);
            if (bits == 32 && (negative ? Long.compareUnsigned(magnitude, 1L << 31) > 0
                    : Long.compareUnsigned(magnitude, 0xFFFF_FFFFL) > 0)) {
                throw new NumberFormatException("out of range");
            }
            if (bits == 64 && negative && Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
                throw new NumberFormatException("out of range");
            }
            return negative ? -magnitude : magnitude;
        }

        static String format(Val v) {
            return switch (v.type().toString()) {
                case "i32" -> Integer.toString(v.asI32());
                case "i64" -> Long.toString(v.asI64());
                case "f32" -> Float.toString(v.asF32());
                case "f64" -> Double.toString(v.asF64());
                case "v128" -> String.format("0x%016x%016x", v.high(), v.bits());
                default -> String.valueOf(v.ref());
            };
        }
    }
}
