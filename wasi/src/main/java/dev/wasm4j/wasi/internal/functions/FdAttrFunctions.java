package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Layouts;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.Descriptor;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;
import dev.wasm4j.wasi.internal.fs.TimeSetter;

import java.nio.charset.StandardCharsets;

/**
 * The descriptor itself rather than its data: lifetime ({@code fd_close}, {@code fd_renumber}), flags and
 * rights ({@code fd_fdstat_*}), attributes ({@code fd_filestat_*}), hints and syncing ({@code fd_advise},
 * {@code fd_allocate}, {@code fd_datasync}, {@code fd_sync}) and preopen descriptions ({@code fd_prestat_*}).
 */
final class FdAttrFunctions extends FunctionFamily {
    FdAttrFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "fd_advise", HostSignatures.ILLI.class, this::advise);
        linker.func(MODULE, "fd_allocate", HostSignatures.ILL.class, this::allocate);
        linker.func(MODULE, "fd_close", HostSignatures.I.class, this::close);
        linker.func(MODULE, "fd_datasync", HostSignatures.I.class, this::datasync);
        linker.func(MODULE, "fd_fdstat_get", HostSignatures.II.class, this::fdstatGet);
        linker.func(MODULE, "fd_fdstat_set_flags", HostSignatures.II.class, this::fdstatSetFlags);
        linker.func(MODULE, "fd_fdstat_set_rights", HostSignatures.ILL.class, this::fdstatSetRights);
        linker.func(MODULE, "fd_filestat_get", HostSignatures.II.class, this::filestatGet);
        linker.func(MODULE, "fd_filestat_set_size", HostSignatures.IL.class, this::filestatSetSize);
        linker.func(MODULE, "fd_filestat_set_times", HostSignatures.ILLI.class, this::filestatSetTimes);
        linker.func(MODULE, "fd_prestat_get", HostSignatures.II.class, this::prestatGet);
        linker.func(MODULE, "fd_prestat_dir_name", HostSignatures.III.class, this::prestatDirName);
        linker.func(MODULE, "fd_renumber", HostSignatures.II.class, this::renumber);
        linker.func(MODULE, "fd_sync", HostSignatures.I.class, this::sync);
    }

    /** Advice is only a hint; it is checked and then has no effect. */
    int advise(Caller caller, int fd, long offset, long length, int advice) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            if (d.isStream()) {
                return Errno.SPIPE;
            }
            d.require(Rights.FD_ADVISE);
            if (advice < 0 || advice > WasiTypes.ADVICE_MAX || offset < 0 || length < 0) {
                return Errno.INVAL;
            }
            return Errno.SUCCESS;
        });
    }

    int allocate(Caller caller, int fd, long offset, long length) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_ALLOCATE);
            d.allocate(offset, length);
            return Errno.SUCCESS;
        });
    }

    int close(Caller caller, int fd) {
        return Guard.run(() -> {
            state(caller).fds().close(fd);
            return Errno.SUCCESS;
        });
    }

    int datasync(Caller caller, int fd) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_DATASYNC);
            d.sync(true);
            return Errno.SUCCESS;
        });
    }

    int sync(Caller caller, int fd) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_SYNC);
            d.sync(false);
            return Errno.SUCCESS;
        });
    }

    int fdstatGet(Caller caller, int fd, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = state(caller).fds().get(fd);
            m.write(resultPtr, Layouts.fdstat(d.filetype(), d.fdflags(), d.rightsBase(), d.rightsInheriting()));
            return Errno.SUCCESS;
        });
    }

    /** Append and the sync/non-blocking hints are recorded; only append changes behaviour. */
    int fdstatSetFlags(Caller caller, int fd, int flags) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_FDSTAT_SET_FLAGS);
            if ((flags & ~WasiTypes.FDFLAGS_ALL) != 0) {
                return Errno.INVAL;
            }
            d.setFdflags(flags);
            return Errno.SUCCESS;
        });
    }

    int fdstatSetRights(Caller caller, int fd, long base, long inheriting) {
        return Guard.run(() -> {
            state(caller).fds().get(fd).setRights(base, inheriting);
            return Errno.SUCCESS;
        });
    }

    int filestatGet(Caller caller, int fd, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_FILESTAT_GET);
            m.check(resultPtr, Layouts.FILESTAT_SIZE);
            m.write(resultPtr, Layouts.filestat(d.stat()));
            return Errno.SUCCESS;
        });
    }

    int filestatSetSize(Caller caller, int fd, long size) {
        return Guard.run(() -> {
            Descriptor d = state(caller).fds().get(fd);
            d.require(Rights.FD_FILESTAT_SET_SIZE);
            d.setSize(size);
            return Errno.SUCCESS;
        });
    }

    int filestatSetTimes(Caller caller, int fd, long atim, long mtim, int fstflags) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            Descriptor d = s.fds().get(fd);
            d.require(Rights.FD_FILESTAT_SET_TIMES);
            TimeSetter.checkFlags(fstflags);
            long now = s.clocks().realtime();
            d.setTimes(TimeSetter.accessTime(fstflags, atim, now), TimeSetter.modificationTime(fstflags, mtim, now));
            return Errno.SUCCESS;
        });
    }

    int prestatGet(Caller caller, int fd, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            OpenDirectory dir = preopen(state(caller), fd);
            m.write(resultPtr, Layouts.prestatDir(guestName(dir).length));
            return Errno.SUCCESS;
        });
    }

    /** The name without a NUL, as the guest's libc expects; a buffer too small for it is ENAMETOOLONG. */
    int prestatDirName(Caller caller, int fd, int pathPtr, int pathLen) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            byte[] name = guestName(preopen(state(caller), fd));
            if (Integer.toUnsignedLong(pathLen) < name.length) {
                return Errno.NAMETOOLONG;
            }
            m.write(pathPtr, name);
            return Errno.SUCCESS;
        });
    }

    int renumber(Caller caller, int from, int to) {
        return Guard.run(() -> {
            state(caller).fds().renumber(from, to);
            return Errno.SUCCESS;
        });
    }

    /**
     * The preopen numbered {@code fd}. Any other descriptor answers EBADF: the guest's libc finds its
     * preopens by asking from fd 3 up until EBADF.
     */
    private static OpenDirectory preopen(WasiState s, int fd) {
        Descriptor d = s.fds().get(fd);
        if (!(d instanceof OpenDirectory) || !((OpenDirectory) d).isPreopen()) {
            throw new ErrnoException(Errno.BADF);
        }
        return (OpenDirectory) d;
    }

    private static byte[] guestName(OpenDirectory dir) {
        return dir.location().preopen().guestPath().getBytes(StandardCharsets.UTF_8);
    }
}
