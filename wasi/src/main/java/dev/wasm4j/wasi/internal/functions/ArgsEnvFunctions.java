package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.GuestMemory;

import java.util.List;

/** {@code args_*} and {@code environ_*}: NUL-terminated strings and a table of pointers to them. */
final class ArgsEnvFunctions extends FunctionFamily {
    ArgsEnvFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "args_get", HostSignatures.II.class, this::argsGet);
        linker.func(MODULE, "args_sizes_get", HostSignatures.II.class, this::argsSizesGet);
        linker.func(MODULE, "environ_get", HostSignatures.II.class, this::environGet);
        linker.func(MODULE, "environ_sizes_get", HostSignatures.II.class, this::environSizesGet);
    }

    int argsGet(Caller caller, int argv, int argvBuf) {
        return Guard.run(() -> copyOut(memory(caller), state(caller).args(), argv, argvBuf));
    }

    int argsSizesGet(Caller caller, int argcPtr, int bufSizePtr) {
        return Guard.run(() -> sizes(memory(caller), state(caller).args(), argcPtr, bufSizePtr));
    }

    int environGet(Caller caller, int environ, int environBuf) {
        return Guard.run(() -> copyOut(memory(caller), state(caller).environ(), environ, environBuf));
    }

    int environSizesGet(Caller caller, int countPtr, int bufSizePtr) {
        return Guard.run(() -> sizes(memory(caller), state(caller).environ(), countPtr, bufSizePtr));
    }

    private static int sizes(GuestMemory m, List<byte[]> strings, int countPtr, int bufSizePtr) {
        long total = 0;
        for (byte[] s : strings) {
            total += s.length + 1;
        }
        m.writeI32(countPtr, strings.size());
        m.writeI32(bufSizePtr, (int) total);
        return Errno.SUCCESS;
    }

    /** Writes each string and its NUL at {@code buf} on, and its address into the table at {@code table}. */
    private static int copyOut(GuestMemory m, List<byte[]> strings, int table, int buf) {
        long total = 0;
        for (byte[] s : strings) {
            total += s.length + 1;
        }
        m.check(table, 4L * strings.size());
        m.check(buf, total); // so the int arithmetic below cannot wrap around
        int at = buf;
        for (int i = 0; i < strings.size(); i++) {
            byte[] s = strings.get(i);
            m.writeI32(table + 4 * i, at);
            m.write(at, s);
            m.writeU8(at + s.length, 0);
            at += s.length + 1;
        }
        return Errno.SUCCESS;
    }
}
