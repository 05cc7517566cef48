package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Store;
import dev.wasm4j.StoreLimits;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@code wasm4j run}'s bounds on what the program may do: fuel, a timeout, memory and table sizes. */
final class ResourceOptions {
    @Option(names = "--fuel", paramLabel = "N",
            description = "Give the program N units of fuel (about one per instruction); it traps when they run out.")
    Long fuel;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Interrupt the program after DURATION (e.g. 500ms, 10s, 2m); it traps with 'interrupt'.")
    String timeout;

    @Option(names = "--max-memory-size", paramLabel = "BYTES",
            description = "Let no linear memory grow past BYTES (suffixes K, M, G: powers of 1024).")
    String maxMemorySize;

    @Option(names = "--max-table-elements", paramLabel = "N", description = "Let no table grow past N elements.")
    Long maxTableElements;

    Engine.Builder configure(Engine.Builder b) {
        if (fuel != null) {
            if (fuel < 0) {
                throw new IllegalArgumentException("--fuel must not be negative: " + fuel);
            }
            b = b.consumeFuel(true);
        }
        if (timeout != null) {
            b = b.epochInterruption(true);
        }
        return b;
    }

    /**
     * Applies the limits to {@code store}; with a timeout, starts the timer that interrupts it. The
     * returned timer (or null) must be shut down when the run ends.
     */
    ScheduledExecutorService apply(Engine engine, Store<?> store) {
        StoreLimits limits = StoreLimits.UNLIMITED;
        if (maxMemorySize != null) {
            limits = limits.withMemoryBytes(parseBytes(maxMemorySize));
        }
        if (maxTableElements != null) {
            limits = limits.withTableElements(maxTableElements);
        }
        store.setLimits(limits);
        if (fuel != null) {
            store.setFuel(fuel);
        }
        if (timeout == null) {
            return null;
        }
        long millis = parseMillis(timeout);
        store.setEpochDeadline(1);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wasm4j-timeout");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(engine::incrementEpoch, millis, TimeUnit.MILLISECONDS);
        return timer;
    }

    static long parseBytes(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(v, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-memory-size '" + s + "' is not a size in bytes (e.g. 65536, 64K, 16M)");
        }
    }

    static long parseMillis(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long unit;
        String number;
        if (t.endsWith("ms")) {
            unit = 1;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = 1000;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 60_000;
            number = t.substring(0, t.length() - 1);
        } else {
            throw new IllegalArgumentException("--timeout '" + s + "' needs a unit: ms, s or m (e.g. 500ms, 10s)");
        }
        try {
            long v = Long.parseLong(number);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(v, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--timeout '" + s + "' is not a positive duration (e.g. 500ms, 10s)");
        }
    }
}
