package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.GuestMemory;

import java.util.Random;

/** {@code random_get}: fills the buffer from the context's random source, in bounded chunks. */
final class RandomFunctions extends FunctionFamily {
    private static final int CHUNK = 64 * 1024;

    RandomFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "random_get", HostSignatures.II.class, this::randomGet);
    }

    int randomGet(Caller caller, int buf, int length) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            long len = Integer.toUnsignedLong(length);
            long base = m.check(buf, len);
            Random random = state(caller).random();
            byte[] chunk = new byte[(int) Math.min(CHUNK, len)];
            for (long done = 0; done < len; ) {
                int n = (int) Math.min(chunk.length, len - done);
                if (n == chunk.length) {
                    random.nextBytes(chunk);
                } else {
                    byte[] last = new byte[n];
                    random.nextBytes(last);
                    System.arraycopy(last, 0, chunk, 0, n);
                }
                m.writeChecked(base + done, chunk, 0, n);
                done += n;
            }
            return Errno.SUCCESS;
        });
    }
}
