package dev.wasm4j.wasi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What a WASI guest is given: arguments, environment, preopened directories, and where its stdin, stdout
 * and stderr go. Immutable; build one with {@link #builder()}. One config can serve many runs: each
 * {@link WasiContext} made from it starts fresh (stdin given as bytes is re-read from the start; a stream
 * given as stdin or stdout is shared).
 *
 * <p>Defaults: no arguments, no environment, no preopens, empty stdin, stdout and stderr discarded, and
 * {@code random_get} from a {@link java.security.SecureRandom}.
 */
public final class WasiConfig {
    private final List<String> args;
    private final Map<String, String> env;
    private final List<WasiPreopen> preopens;
    private final Input stdin;
    private final Output stdout;
    private final Output stderr;
    private final Random random;

    /** How stdin is opened for a context. */
    record Input(Supplier<InputStream> stream, boolean terminal, boolean neverBlocks) {
    }

    /** Where stdout or stderr goes. */
    record Output(Supplier<OutputStream> stream, boolean terminal) {
    }

    private static final Input EMPTY_STDIN = new Input(() -> new ByteArrayInputStream(new byte[0]), false, true);
    private static final Output DISCARD = new Output(OutputStream::nullOutputStream, false);

    private WasiConfig(List<String> args, Map<String, String> env, List<WasiPreopen> preopens, Input stdin,
                       Output stdout, Output stderr, Random random) {
        this.args = args;
        this.env = env;
        this.preopens = preopens;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.random = random;
    }

    public static Builder builder() {
        return new Builder(new WasiConfig(List.of(), Map.of(), List.of(), EMPTY_STDIN, DISCARD, DISCARD, null));
    }

    /** The guest's argv; by convention the first is the program name. */
    public List<String> args() {
        return args;
    }

    /** The guest's environment, in the order given. */
    public Map<String, String> env() {
        return env;
    }

    /** The preopened directories; the guest sees them as descriptors 3, 4, ... in this order. */
    public List<WasiPreopen> preopens() {
        return preopens;
    }

    Input stdin() {
        return stdin;
    }

    Output stdout() {
        return stdout;
    }

    Output stderr() {
        return stderr;
    }

    /** The random source, or null for a new SecureRandom per context. */
    Random random() {
        return random;
    }

    /**
     * Builds a {@link WasiConfig}. Immutable, like {@code Engine.Builder}: every method returns a new
     * builder, so a half-configured builder can be shared.
     */
    public static final class Builder {
        private final WasiConfig config;

        private Builder(WasiConfig config) {
            this.config = config;
        }

        private Builder with(List<String> args, Map<String, String> env, List<WasiPreopen> preopens, Input stdin,
                             Output stdout, Output stderr, Random random) {
            return new Builder(new WasiConfig(args, env, preopens, stdin, stdout, stderr, random));
        }

        /** Replaces the arguments (argv[0] first). */
        public Builder args(String... args) {
            return args(Arrays.asList(args));
        }

        /** Replaces the arguments (argv[0] first). */
        public Builder args(List<String> args) {
            for (String a : args) {
                checkNoNul(Objects.requireNonNull(a, "argument"), "argument");
            }
            WasiConfig c = config;
            return with(List.copyOf(args), c.env, c.preopens, c.stdin, c.stdout, c.stderr, c.random);
        }

        /** Adds (or replaces) one environment variable. */
        public Builder env(String name, String value) {
            return env(Map.of(name, value));
        }

        /** Adds (or replaces) every variable of {@code variables}. */
        public Builder env(Map<String, String> variables) {
            Map<String, String> merged = new LinkedHashMap<>(config.env);
            for (Map.Entry<String, String> e : variables.entrySet()) {
                String name = Objects.requireNonNull(e.getKey(), "name");
                String value = Objects.requireNonNull(e.getValue(), "value");
                if (name.isEmpty() || name.indexOf('=') >= 0) {
                    throw new IllegalArgumentException("environment variable name must be non-empty and free of '=': '"
                            + name + "'");
                }
                checkNoNul(name, "environment variable name");
                checkNoNul(value, "environment variable value");
                merged.put(name, value);
            }
            WasiConfig c = config;
            return with(c.args, Collections.unmodifiableMap(merged), c.preopens, c.stdin, c.stdout, c.stderr, c.random);
        }

        /** Adds every variable of the host process's environment. */
        public Builder inheritEnv() {
            return env(System.getenv());
        }

        /** Gives the guest {@code hostDir} under the name {@code guestPath}, for reading and writing. */
        public Builder preopenDir(Path hostDir, String guestPath) {
            return preopenDir(hostDir, guestPath, false);
        }

        /** Gives the guest {@code hostDir} under the name {@code guestPath}, read-only if {@code readOnly}. */
        public Builder preopenDir(Path hostDir, String guestPath, boolean readOnly) {
            List<WasiPreopen> list = new ArrayList<>(config.preopens);
            list.add(new WasiPreopen(hostDir, guestPath, readOnly));
            WasiConfig c = config;
            return with(c.args, c.env, List.copyOf(list), c.stdin, c.stdout, c.stderr, c.random);
        }

        /** Stdin reads these bytes, then end-of-file. */
        public Builder stdin(byte[] bytes) {
            byte[] copy = bytes.clone();
            return stdin(new Input(() -> new ByteArrayInputStream(copy), false, true));
        }

        /** Stdin reads from {@code in} (shared by every context made from this config; never closed). */
        public Builder stdin(InputStream in) {
            Objects.requireNonNull(in, "in");
            return stdin(new Input(() -> in, false, false));
        }

        /** Stdin is the host process's {@code System.in}. */
        public Builder inheritStdin() {
            return stdin(new Input(() -> System.in, System.console() != null, false));
        }

        private Builder stdin(Input input) {
            WasiConfig c = config;
            return with(c.args, c.env, c.preopens, input, c.stdout, c.stderr, c.random);
        }

        /** Stdout goes to {@code out} (flushed after every write, never closed). */
        public Builder stdout(OutputStream out) {
            Objects.requireNonNull(out, "out");
            return stdout(new Output(() -> out, false));
        }

        /** Stdout is the host process's {@code System.out}. */
        public Builder inheritStdout() {
            return stdout(new Output(() -> System.out, System.console() != null));
        }

        private Builder stdout(Output output) {
            WasiConfig c = config;
            return with(c.args, c.env, c.preopens, c.stdin, output, c.stderr, c.random);
        }

        /** Stderr goes to {@code err} (flushed after every write, never closed). */
        public Builder stderr(OutputStream err) {
            Objects.requireNonNull(err, "err");
            return stderr(new Output(() -> err, false));
        }

        /** Stderr is the host process's {@code System.err}. */
        public Builder inheritStderr() {
            return stderr(new Output(() -> System.err, System.console() != null));
        }

        private Builder stderr(Output output) {
            WasiConfig c = config;
            return with(c.args, c.env, c.preopens, c.stdin, c.stdout, output, c.random);
        }

        /** Stdin, stdout and stderr are the host process's. */
        public Builder inheritStdio() {
            return inheritStdin().inheritStdout().inheritStderr();
        }

        /** The source of {@code random_get} (e.g. a seeded Random for repeatable tests). */
        public Builder random(Random random) {
            Objects.requireNonNull(random, "random");
            WasiConfig c = config;
            return with(c.args, c.env, c.preopens, c.stdin, c.stdout, c.stderr, random);
        }

        public WasiConfig build() {
            return config;
        }

        private static void checkNoNul(String s, String what) {
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(what + " contains a NUL character: '" + s + "'");
            }
        }
    }
}
