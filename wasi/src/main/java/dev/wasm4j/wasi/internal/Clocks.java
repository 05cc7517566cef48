package dev.wasm4j.wasi.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The four WASI clocks, in nanoseconds.
 *
 * <ul>
 *   <li>realtime: the host's wall clock since the Unix epoch;</li>
 *   <li>monotonic: {@link System#nanoTime()}, offset so it starts at the realtime of the context's creation
 *       (its epoch is unspecified, but a positive u64 that never goes backwards keeps libc happy);</li>
 *   <li>process and thread CPU time: the CPU time of the host thread running the guest. A WASI instance
 *       runs on its caller's thread, and the JVM process's CPU time would count the JIT, the GC and every
 *       other store, so the thread's time is the closest measure of the guest's own work. Where the JVM
 *       cannot measure it, the monotonic clock stands in.</li>
 * </ul>
 */
public final class Clocks {
    /** Null where the runtime image lacks java.management or the JVM cannot measure thread CPU time. */
    private static final ThreadMXBean THREADS = threadBean();

    private final long monotonicBase;
    private final long nanoTimeBase;
    private final boolean cpuTime;

    public Clocks() {
        this.monotonicBase = realtime();
        this.nanoTimeBase = System.nanoTime();
        this.cpuTime = THREADS != null;
    }

    private static ThreadMXBean threadBean() {
        try {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            return bean.isCurrentThreadCpuTimeSupported() ? bean : null;
        } catch (LinkageError | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The time of {@code clockId}, or EINVAL for an unknown clock. */
    public long now(int clockId) {
        switch (clockId) {
            case WasiTypes.CLOCK_REALTIME:
                return realtime();
            case WasiTypes.CLOCK_MONOTONIC:
                return monotonic();
            case WasiTypes.CLOCK_PROCESS_CPUTIME_ID:
            case WasiTypes.CLOCK_THREAD_CPUTIME_ID:
                return cpuTime ? THREADS.getCurrentThreadCpuTime() : monotonic();
            default:
                throw new ErrnoException(Errno.INVAL);
        }
    }

    /** The resolution of {@code clockId} (non-zero, as the spec requires), or EINVAL. */
    public long resolution(int clockId) {
        switch (clockId) {
            case WasiTypes.CLOCK_REALTIME:
                return 1_000; // Instant.now() ticks in microseconds on common hosts
            case WasiTypes.CLOCK_MONOTONIC:
                return 1;
            case WasiTypes.CLOCK_PROCESS_CPUTIME_ID:
            case WasiTypes.CLOCK_THREAD_CPUTIME_ID:
                return 1_000;
            default:
                throw new ErrnoException(Errno.INVAL);
        }
    }

    public long realtime() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    public long monotonic() {
        return monotonicBase + (System.nanoTime() - nanoTimeBase);
    }
}
