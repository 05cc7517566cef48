package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Clocks;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Layouts;
import dev.wasm4j.wasi.internal.Layouts.Subscription;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.Descriptor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code poll_oneoff}. Descriptor readiness is sampled (files are always ready; stdin is ready when bytes
 * are available), clocks become deadlines on the monotonic clock, and the call sleeps until the first
 * deadline, re-sampling pending descriptors every {@value #FD_POLL_MILLIS} ms. It returns every event ready
 * at that moment, in subscription order.
 */
final class PollFunctions extends FunctionFamily {
    static final long FD_POLL_MILLIS = 5;

    PollFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "poll_oneoff", HostSignatures.IIII.class, this::pollOneoff);
    }

    int pollOneoff(Caller caller, int in, int out, int nsubscriptions, int neventsPtr) {
        return Guard.run(() -> {
            if (nsubscriptions == 0) {
                return Errno.INVAL;
            }
            GuestMemory m = memory(caller);
            long n = Integer.toUnsignedLong(nsubscriptions);
            m.check(in, n * Layouts.SUBSCRIPTION_SIZE);
            m.check(out, n * Layouts.EVENT_SIZE);
            m.check(neventsPtr, 4);
            Subscription[] subs = new Subscription[(int) n];
            for (int i = 0; i < subs.length; i++) {
                subs[i] = Layouts.subscription(m.read(in + i * Layouts.SUBSCRIPTION_SIZE, Layouts.SUBSCRIPTION_SIZE));
            }
            WasiState s = state(caller);
            Clocks clocks = s.clocks();
            long start = clocks.monotonic();
            long[] deadlines = new long[subs.length];
            for (int i = 0; i < subs.length; i++) {
                deadlines[i] = subs[i].type() == WasiTypes.EVENTTYPE_CLOCK ? deadline(clocks, subs[i], start) : 0;
            }
            while (true) {
                ByteArrayOutputStream events = new ByteArrayOutputStream();
                int count = collect(s, subs, deadlines, clocks.monotonic(), events);
                if (count > 0) {
                    m.write(out, events.toByteArray());
                    m.writeI32(neventsPtr, count);
                    return Errno.SUCCESS;
                }
                long wait = Long.MAX_VALUE;
                boolean pendingFds = false;
                long now = clocks.monotonic();
                for (int i = 0; i < subs.length; i++) {
                    if (subs[i].type() == WasiTypes.EVENTTYPE_CLOCK) {
                        wait = Math.min(wait, deadlines[i] - now);
                    } else {
                        pendingFds = true;
                    }
                }
                if (pendingFds) {
                    wait = Math.min(wait, FD_POLL_MILLIS * 1_000_000L);
                }
                LockSupport.parkNanos(Math.max(wait, 1));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    return Errno.INTR;
                }
            }
        });
    }

    /** When a clock subscription fires, on the monotonic clock; an unknown clock fires at once with EINVAL. */
    private static long deadline(Clocks clocks, Subscription sub, long start) {
        long now;
        try {
            now = clocks.now(sub.clockId());
        } catch (ErrnoException e) {
            return Long.MIN_VALUE;
        }
        long timeout = sub.timeout(); // u64: beyond the signed range means "never" in practice
        long relative;
        if ((sub.clockFlags() & WasiTypes.SUBSCRIPTION_CLOCK_ABSTIME) != 0) {
            relative = Long.compareUnsigned(timeout, now) <= 0 ? 0 : timeout < 0 ? Long.MAX_VALUE : timeout - now;
        } else {
            relative = timeout < 0 ? Long.MAX_VALUE : timeout;
        }
        long d = start + relative;
        return d < start ? Long.MAX_VALUE : d;
    }

    /** Appends the events ready now; returns their count. */
    private static int collect(WasiState s, Subscription[] subs, long[] deadlines, long now, ByteArrayOutputStream out)
            throws IOException {
        int count = 0;
        for (int i = 0; i < subs.length; i++) {
            Subscription sub = subs[i];
            byte[] event = null;
            switch (sub.type()) {
                case WasiTypes.EVENTTYPE_CLOCK:
                    if (deadlines[i] == Long.MIN_VALUE) {
                        event = Layouts.event(sub.userdata(), Errno.INVAL, sub.type(), 0, 0);
                    } else if (deadlines[i] <= now) {
                        event = Layouts.event(sub.userdata(), Errno.SUCCESS, sub.type(), 0, 0);
                    }
                    break;
                case WasiTypes.EVENTTYPE_FD_READ:
                case WasiTypes.EVENTTYPE_FD_WRITE:
                    event = fdEvent(s, sub);
                    break;
                default:
                    throw new ErrnoException(Errno.INVAL);
            }
            if (event != null) {
                out.write(event);
                count++;
            }
        }
        return count;
    }

    /** The event of an fd subscription if it is ready or failed, or null while it would block. */
    private static byte[] fdEvent(WasiState s, Subscription sub) throws IOException {
        boolean read = sub.type() == WasiTypes.EVENTTYPE_FD_READ;
        Descriptor d;
        try {
            d = s.fds().get(sub.fd());
            d.require(Rights.POLL_FD_READWRITE);
            d.requireAccess(read ? Rights.FD_READ : Rights.FD_WRITE);
        } catch (ErrnoException e) {
            return Layouts.event(sub.userdata(), e.errno(), sub.type(), 0, 0);
        }
        if (read) {
            long available = d.readableBytes();
            return available < 0 ? null : Layouts.event(sub.userdata(), Errno.SUCCESS, sub.type(), available, 0);
        }
        return d.writable() ? Layouts.event(sub.userdata(), Errno.SUCCESS, sub.type(), 0, 0) : null;
    }
}
