package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;

/**
 * {@code sock_*}. The embedding API hands the guest no sockets, so no descriptor is one: an open
 * descriptor answers ENOTSOCK, any other number EBADF, as the spec's errnos mean.
 */
final class SockFunctions extends FunctionFamily {
    SockFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "sock_accept", HostSignatures.III.class, (c, fd, flags, resultPtr) -> notSocket(c, fd));
        linker.func(MODULE, "sock_recv", HostSignatures.IIIIII.class,
                (c, fd, iovs, iovsLen, riFlags, sizePtr, roFlagsPtr) -> notSocket(c, fd));
        linker.func(MODULE, "sock_send", HostSignatures.IIIII.class,
                (c, fd, iovs, iovsLen, siFlags, sizePtr) -> notSocket(c, fd));
        linker.func(MODULE, "sock_shutdown", HostSignatures.II.class, (c, fd, how) -> notSocket(c, fd));
    }

    int notSocket(Caller caller, int fd) {
        return Guard.run(() -> {
            state(caller).fds().get(fd);
            return Errno.NOTSOCK;
        });
    }
}
