package dev.wasm4j.pure.internal.runtime;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase timers of the pure backend for measuring startup, off unless the system property
 * {@value #PROPERTY}{@code =true}; the totals are printed to stderr when the JVM exits. Each phase
 * reports wall time and the CPU time of the threads that ran it (summed over threads; on a loaded
 * machine the CPU time is the steadier number). Phases may nest (generate contains probe and write;
 * instantiate may load classes); with {@code --add-exports java.management/sun.management=ALL-UNNAMED}
 * HotSpot's class verification and initialization times are printed too.
 */
public final class Timing {
    public static final String PROPERTY = "wasm4j.pure.timing";
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    /** The phases; generate is class generation, probe its dry runs of split functions, write ASM's output. */
    public enum Phase {
        DECODE, VALIDATE, PLAN, GENERATE, PROBE, WRITE, DEFINE, INSTANTIATE
    }

    private static final int PHASES = Phase.values().length;
    private static final AtomicLong[] NANOS = counters();
    private static final AtomicLong[] CPU = counters();
    private static final AtomicLong[] COUNT = counters();
    private static final AtomicLong CLASS_BYTES = new AtomicLong();
    private static final ThreadMXBean THREADS = ENABLED ? ManagementFactory.getThreadMXBean() : null;
    /** Per thread, the CPU time at the start of each open phase, innermost last (0 = free slot). */
    private static final ThreadLocal<long[]> CPU_START = ThreadLocal.withInitial(() -> new long[PHASES + 1]);
    private static final long START = System.nanoTime();
    /** The thread that first used the backend (the program's main thread, in the CLI). */
    private static final long FIRST_THREAD = Thread.currentThread().getId();

    static {
        if (ENABLED) {
            Runtime.getRuntime().addShutdownHook(new Thread(Timing::print, "wasm4j-timing"));
        }
    }

    private Timing() {
    }

    private static AtomicLong[] counters() {
        AtomicLong[] a = new AtomicLong[PHASES];
        for (int i = 0; i < a.length; i++) {
            a[i] = new AtomicLong();
        }
        return a;
    }

    /** A start time for {@link #end}, or 0 when timing is off. */
    public static long start() {
        if (!ENABLED) {
            return 0;
        }
        long[] cpu = CPU_START.get();
        int d = depth(cpu);
        if (d < cpu.length) {
            cpu[d] = Math.max(1, THREADS.getCurrentThreadCpuTime());
        }
        return System.nanoTime();
    }

    public static void end(Phase phase, long start) {
        if (!ENABLED) {
            return;
        }
        long[] cpu = CPU_START.get();
        int d = depth(cpu) - 1;
        if (d >= 0) {
            CPU[phase.ordinal()].addAndGet(THREADS.getCurrentThreadCpuTime() - cpu[d]);
            cpu[d] = 0;
        }
        NANOS[phase.ordinal()].addAndGet(System.nanoTime() - start);
        COUNT[phase.ordinal()].incrementAndGet();
    }

    public static void classBytes(int n) {
        if (ENABLED) {
            CLASS_BYTES.addAndGet(n);
        }
    }

    private static int depth(long[] cpu) {
        int d = 0;
        while (d < cpu.length && cpu[d] != 0) {
            d++;
        }
        return d;
    }

    private static void print() {
        StringBuilder sb = new StringBuilder("wasm4j.pure.timing (ms since backend start: ")
                .append((System.nanoTime() - START) / 1_000_000).append(", JVM uptime: ")
                .append(ManagementFactory.getRuntimeMXBean().getUptime()).append(")\n");
        for (Phase p : Phase.values()) {
            sb.append(String.format("  %-12s %8.1f ms  %8.1f ms cpu  %6d times%n", p.name().toLowerCase(),
                    NANOS[p.ordinal()].get() / 1e6, CPU[p.ordinal()].get() / 1e6, COUNT[p.ordinal()].get()));
        }
        sb.append("  class bytes  ").append(CLASS_BYTES.get()).append('\n');
        sb.append("  first thread cpu ").append(THREADS.getThreadCpuTime(FIRST_THREAD) / 1_000_000).append(" ms\n");
        sb.append("  jit (all compiler threads, wall) ")
                .append(ManagementFactory.getCompilationMXBean().getTotalCompilationTime()).append(" ms\n");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sb.append("  gc ").append(gc.getName()).append(' ').append(gc.getCollectionTime()).append(" ms\n");
        }
        // HotSpot's class loading counters, when java.management's internals are exported to us
        try {
            Class<?> helper = Class.forName("sun.management.ManagementFactoryHelper");
            Object mbean = helper.getMethod("getHotspotClassLoadingMBean").invoke(null);
            Class<?> type = Class.forName("sun.management.HotspotClassLoadingMBean");
            for (String m : new String[] {"getClassVerificationTime", "getClassInitializationTime"}) {
                sb.append("  jvm ").append(m.substring(3)).append(' ').append(type.getMethod(m).invoke(mbean))
                        .append(" ms\n");
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not exported
        }
        System.err.print(sb);
    }
}
