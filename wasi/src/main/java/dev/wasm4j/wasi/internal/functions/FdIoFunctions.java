package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.Descriptor;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;

/**
 * Moving data and offsets: {@code fd_read}, {@code fd_write}, {@code fd_pread}, {@code fd_pwrite},
 * {@code fd_seek}, {@code fd_tell} and {@code fd_readdir}. Result pointers are checked before any I/O, so
 * a bad one never costs the guest data it cannot be told about.
 */
final class FdIoFunctions extends FunctionFamily {
    FdIoFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "fd_read", HostSignatures.IIII.class, this::read);
        linker.func(MODULE, "fd_write", HostSignatures.IIII.class, this::write);
        linker.func(MODULE, "fd_pread", HostSignatures.IIILI.class, this::pread);
        linker.func(MODULE, "fd_pwrite", HostSignatures.IIILI.class, this::pwrite);
        linker.func(MODULE, "fd_seek", HostSignatures.ILII.class, this::seek);
        linker.func(MODULE, "fd_tell", HostSignatures.II.class, this::tell);
        linker.func(MODULE, "fd_readdir", HostSignatures.IIILI.class, this::readdir);
    }

    int read(Caller caller, int fd, int iovs, int iovsLen, int nreadPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = state(caller).fds().get(fd);
            if (d instanceof OpenDirectory) {
                return Errno.ISDIR;
            }
            d.requireAccess(Rights.FD_READ);
            m.check(nreadPtr, 4);
            long n = d.read(m.iovecs(iovs, iovsLen));
            m.writeI32(nreadPtr, (int) n);
            return Errno.SUCCESS;
        });
    }

    int write(Caller caller, int fd, int iovs, int iovsLen, int nwrittenPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = state(caller).fds().get(fd);
            d.requireAccess(Rights.FD_WRITE);
            m.check(nwrittenPtr, 4);
            long n = d.write(m.iovecs(iovs, iovsLen));
            m.writeI32(nwrittenPtr, (int) n);
            return Errno.SUCCESS;
        });
    }

    int pread(Caller caller, int fd, int iovs, int iovsLen, long offset, int nreadPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = positioned(state(caller).fds().get(fd));
            if (d instanceof OpenDirectory) {
                return Errno.ISDIR;
            }
            d.requireAccess(Rights.FD_READ);
            d.require(Rights.FD_SEEK);
            checkOffset(offset);
            m.check(nreadPtr, 4);
            Iovecs buffers = m.iovecs(iovs, iovsLen);
            m.writeI32(nreadPtr, (int) d.pread(buffers, offset));
            return Errno.SUCCESS;
        });
    }

    int pwrite(Caller caller, int fd, int iovs, int iovsLen, long offset, int nwrittenPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = positioned(state(caller).fds().get(fd));
            d.requireAccess(Rights.FD_WRITE);
            d.require(Rights.FD_SEEK);
            checkOffset(offset);
            m.check(nwrittenPtr, 4);
            Iovecs buffers = m.iovecs(iovs, iovsLen);
            m.writeI32(nwrittenPtr, (int) d.pwrite(buffers, offset));
            return Errno.SUCCESS;
        });
    }

    int seek(Caller caller, int fd, long offset, int whence, int newOffsetPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = positioned(state(caller).fds().get(fd));
            // Asking where the offset is (CUR + 0) needs only the right to tell.
            boolean tellOnly = whence == WasiTypes.WHENCE_CUR && offset == 0;
            if (!(tellOnly && Rights.has(d.rightsBase(), Rights.FD_TELL))) {
                d.require(Rights.FD_SEEK);
            }
            if (whence < WasiTypes.WHENCE_SET || whence > WasiTypes.WHENCE_END) {
                return Errno.INVAL;
            }
            m.check(newOffsetPtr, 8);
            m.writeI64(newOffsetPtr, d.seek(offset, whence));
            return Errno.SUCCESS;
        });
    }

    int tell(Caller caller, int fd, int offsetPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = positioned(state(caller).fds().get(fd));
            d.require(Rights.FD_TELL);
            m.check(offsetPtr, 8);
            m.writeI64(offsetPtr, d.tell());
            return Errno.SUCCESS;
        });
    }

    int readdir(Caller caller, int fd, int buf, int bufLen, long cookie, int usedPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = state(caller).fds().get(fd);
            if (!(d instanceof OpenDirectory)) {
                return Errno.NOTDIR;
            }
            d.require(Rights.FD_READDIR);
            long len = Integer.toUnsignedLong(bufLen);
            m.check(buf, len);
            m.check(usedPtr, 4);
            byte[] entries = ((OpenDirectory) d).listing(cookie).encode(cookie, (int) Math.min(len, Integer.MAX_VALUE));
            m.write(buf, entries);
            m.writeI32(usedPtr, entries.length);
            return Errno.SUCCESS;
        });
    }

    /** Streams have no offset: ESPIPE before any rights check, as on a POSIX pipe. */
    private static Descriptor positioned(Descriptor d) {
        if (d.isStream()) {
            throw new ErrnoException(Errno.SPIPE);
        }
        return d;
    }

    /** File offsets are u64 on the wire but must fit a signed 64-bit host offset. */
    private static void checkOffset(long offset) {
        if (offset < 0) {
            throw new ErrnoException(Errno.INVAL);
        }
    }
}
