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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wasm4j run}, in the shape of {@code wasmtime run}: options come before the module file,
 * everything after it belongs to the program.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a WebAssembly module: its _start function, or the export named by --invoke.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--invoke", paramLabel = "NAME",
            description = "Call this export with ARGS parsed by its parameter types and print its results.")
    String invoke;

    @Parameters(index = "0", paramLabel = "FILE", description = "The module (.wasm or .wat).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program or function.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        try (Engine engine = engineOptions.engine(); Store<Void> store = Store.create(engine)) {
            Module module = Module.fromFile(engine, file);
            Instance instance = Linker.<Void>create(engine).instantiate(store, module);
            String name = invoke != null ? invoke : "_start";
            Func func = instance.func(name).orElseThrow(() -> new WasmException(
                    file + " exports no function '" + name + "'"
                            + (invoke == null ? "; name one with --invoke" : "")));
            Val[] results = func.call(ArgumentParser.parse(func.type(), args));
            if (invoke != null) {
                for (Val r : results) {
                    System.out.println(ArgumentParser.format(r));
                }
            }
        }
        return 0;
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
