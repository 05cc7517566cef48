package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Layouts;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;
import dev.wasm4j.wasi.internal.fs.FileStats;
import dev.wasm4j.wasi.internal.fs.PathResolver;
import dev.wasm4j.wasi.internal.fs.ResolvedPath;
import dev.wasm4j.wasi.internal.fs.TimeSetter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The {@code path_*} functions except {@code path_open} (see {@link PathOpen}). Every path goes through
 * {@link PathResolver}, and every host call on the result uses NOFOLLOW_LINKS, so the host never follows
 * a symlink the resolver did not check. Mutations under a read-only preopen answer EROFS, after the
 * errors a read-only file system would still report first (ENOENT, EEXIST, ...).
 */
final class PathFunctions extends FunctionFamily {
    PathFunctions(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "path_create_directory", HostSignatures.III.class, this::createDirectory);
        linker.func(MODULE, "path_filestat_get", HostSignatures.IIIII.class, this::filestatGet);
        linker.func(MODULE, "path_filestat_set_times", HostSignatures.IIIILLI.class, this::filestatSetTimes);
        linker.func(MODULE, "path_link", HostSignatures.IIIIIII.class, this::link);
        linker.func(MODULE, "path_readlink", HostSignatures.IIIIII.class, this::readlink);
        linker.func(MODULE, "path_remove_directory", HostSignatures.III.class, this::removeDirectory);
        linker.func(MODULE, "path_rename", HostSignatures.IIIIII.class, this::rename);
        linker.func(MODULE, "path_symlink", HostSignatures.IIIII.class, this::symlink);
        linker.func(MODULE, "path_unlink_file", HostSignatures.III.class, this::unlinkFile);
    }

    /** Resolves a guest path relative to directory {@code fd}, which must hold {@code right}. */
    static ResolvedPath resolve(WasiState s, GuestMemory m, int fd, long right, int pathPtr, int pathLen,
                                boolean follow) {
        OpenDirectory dir = s.fds().directory(fd);
        dir.require(right);
        String path = m.readString(pathPtr, pathLen);
        return PathResolver.resolve(dir.location(), path, follow);
    }

    /** The attributes of the entry itself (never following it), or null if there is none. */
    static BasicFileAttributes lstat(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    static void checkWritable(ResolvedPath r) {
        if (r.preopen().readOnly()) {
            throw new ErrnoException(Errno.ROFS);
        }
    }

    int createDirectory(Caller caller, int fd, int pathPtr, int pathLen) {
        return Guard.run(() -> {
            ResolvedPath r = resolve(state(caller), memory(caller), fd, Rights.PATH_CREATE_DIRECTORY, pathPtr,
                    pathLen, false);
            if (!r.named() || lstat(r.hostPath()) != null) {
                return Errno.EXIST;
            }
            checkWritable(r);
            Files.createDirectory(r.hostPath());
            return Errno.SUCCESS;
        });
    }

    int filestatGet(Caller caller, int fd, int flags, int pathPtr, int pathLen, int resultPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            boolean follow = (flags & WasiTypes.LOOKUP_SYMLINK_FOLLOW) != 0;
            ResolvedPath r = resolve(state(caller), m, fd, Rights.PATH_FILESTAT_GET, pathPtr, pathLen, follow);
            m.check(resultPtr, Layouts.FILESTAT_SIZE);
            FileStat st = FileStats.stat(r.hostPath(), false);
            if (r.mustBeDirectory() && st.filetype() != WasiTypes.FILETYPE_DIRECTORY) {
                return Errno.NOTDIR;
            }
            m.write(resultPtr, Layouts.filestat(st));
            return Errno.SUCCESS;
        });
    }

    int filestatSetTimes(Caller caller, int fd, int flags, int pathPtr, int pathLen, long atim, long mtim,
                         int fstflags) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            boolean follow = (flags & WasiTypes.LOOKUP_SYMLINK_FOLLOW) != 0;
            ResolvedPath r = resolve(s, memory(caller), fd, Rights.PATH_FILESTAT_SET_TIMES, pathPtr, pathLen,
                    follow);
            TimeSetter.checkFlags(fstflags);
            if (lstat(r.hostPath()) == null) {
                return Errno.NOENT;
            }
            checkWritable(r);
            long now = s.clocks().realtime();
            TimeSetter.setTimes(r.hostPath(), false, TimeSetter.accessTime(fstflags, atim, now),
                    TimeSetter.modificationTime(fstflags, mtim, now));
            return Errno.SUCCESS;
        });
    }

    /**
     * A hard link may not join two preopens (EXDEV): the new name would carry the first preopen's file
     * into the second, around a read-only flag.
     */
    int link(Caller caller, int oldFd, int oldFlags, int oldPathPtr, int oldPathLen, int newFd, int newPathPtr,
             int newPathLen) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            GuestMemory m = memory(caller);
            boolean follow = (oldFlags & WasiTypes.LOOKUP_SYMLINK_FOLLOW) != 0;
            ResolvedPath from = resolve(s, m, oldFd, Rights.PATH_LINK_SOURCE, oldPathPtr, oldPathLen, follow);
            ResolvedPath to = resolve(s, m, newFd, Rights.PATH_LINK_TARGET, newPathPtr, newPathLen, false);
            BasicFileAttributes source = lstat(from.hostPath());
            if (source == null) {
                return Errno.NOENT;
            }
            if (source.isDirectory()) {
                return Errno.PERM;
            }
            if (!to.named() || lstat(to.hostPath()) != null) {
                return Errno.EXIST;
            }
            if (from.mustBeDirectory() || to.mustBeDirectory()) {
                return Errno.NOTDIR;
            }
            if (!from.preopen().equals(to.preopen())) {
                return Errno.XDEV;
            }
            checkWritable(to);
            Files.createLink(to.hostPath(), from.hostPath());
            return Errno.SUCCESS;
        });
    }

    /** Like POSIX readlink: the target's bytes, truncated to the buffer, no NUL. */
    int readlink(Caller caller, int fd, int pathPtr, int pathLen, int buf, int bufLen, int usedPtr) {
        return Guard.run(() -> {
            GuestMemory m = memory(caller);
            ResolvedPath r = resolve(state(caller), m, fd, Rights.PATH_READLINK, pathPtr, pathLen, false);
            m.check(buf, Integer.toUnsignedLong(bufLen));
            m.check(usedPtr, 4);
            BasicFileAttributes a = lstat(r.hostPath());
            if (a == null) {
                return Errno.NOENT;
            }
            if (!a.isSymbolicLink()) {
                return Errno.INVAL;
            }
            byte[] target = Files.readSymbolicLink(r.hostPath()).toString().getBytes(StandardCharsets.UTF_8);
            int n = (int) Math.min(target.length, Integer.toUnsignedLong(bufLen));
            m.write(buf, target, 0, n);
            m.writeI32(usedPtr, n);
            return Errno.SUCCESS;
        });
    }

    int removeDirectory(Caller caller, int fd, int pathPtr, int pathLen) {
        return Guard.run(() -> {
            ResolvedPath r = resolve(state(caller), memory(caller), fd, Rights.PATH_REMOVE_DIRECTORY, pathPtr,
                    pathLen, false);
            if (!r.named()) {
                return r.location().isRoot() ? Errno.BUSY : Errno.INVAL;
            }
            BasicFileAttributes a = lstat(r.hostPath());
            if (a == null) {
                return Errno.NOENT;
            }
            if (!a.isDirectory()) {
                return Errno.NOTDIR;
            }
            checkWritable(r);
            Files.delete(r.hostPath());
            return Errno.SUCCESS;
        });
    }

    /** rename(2) through ATOMIC_MOVE, which keeps POSIX replace semantics; across preopens EXDEV. */
    int rename(Caller caller, int fd, int oldPathPtr, int oldPathLen, int newFd, int newPathPtr, int newPathLen) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            GuestMemory m = memory(caller);
            ResolvedPath from = resolve(s, m, fd, Rights.PATH_RENAME_SOURCE, oldPathPtr, oldPathLen, false);
            ResolvedPath to = resolve(s, m, newFd, Rights.PATH_RENAME_TARGET, newPathPtr, newPathLen, false);
            if (!from.named() || !to.named()) {
                return from.location().isRoot() || to.location().isRoot() ? Errno.BUSY : Errno.INVAL;
            }
            BasicFileAttributes source = lstat(from.hostPath());
            if (source == null) {
                return Errno.NOENT;
            }
            if ((from.mustBeDirectory() || to.mustBeDirectory()) && !source.isDirectory()) {
                return Errno.NOTDIR;
            }
            if (!from.preopen().equals(to.preopen())) {
                return Errno.XDEV;
            }
            checkWritable(from);
            Files.move(from.hostPath(), to.hostPath(), StandardCopyOption.ATOMIC_MOVE);
            return Errno.SUCCESS;
        });
    }

    /**
     * Creates a symlink. A target that is absolute or climbs out of the preopen is refused with ENOTCAPABLE:
     * the guest could not follow it anyway, and the tree should not hold an escape for host tools.
     */
    int symlink(Caller caller, int oldPathPtr, int oldPathLen, int fd, int newPathPtr, int newPathLen) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            GuestMemory m = memory(caller);
            String target = m.readString(oldPathPtr, oldPathLen);
            ResolvedPath r = resolve(s, m, fd, Rights.PATH_SYMLINK, newPathPtr, newPathLen, false);
            if (target.isEmpty()) {
                return Errno.NOENT;
            }
            if (!PathResolver.staysInside(r.location().parent(), target)) {
                return Errno.NOTCAPABLE;
            }
            if (!r.named() || lstat(r.hostPath()) != null) {
                return Errno.EXIST;
            }
            if (r.mustBeDirectory()) {
                return Errno.NOENT;
            }
            checkWritable(r);
            Files.createSymbolicLink(r.hostPath(), r.hostPath().getFileSystem().getPath(target));
            return Errno.SUCCESS;
        });
    }

    int unlinkFile(Caller caller, int fd, int pathPtr, int pathLen) {
        return Guard.run(() -> {
            ResolvedPath r = resolve(state(caller), memory(caller), fd, Rights.PATH_UNLINK_FILE, pathPtr, pathLen,
                    false);
            if (!r.named()) {
                return Errno.ISDIR;
            }
            BasicFileAttributes a = lstat(r.hostPath());
            if (a == null) {
                return Errno.NOENT;
            }
            if (a.isDirectory()) {
                return Errno.ISDIR;
            }
            if (r.mustBeDirectory()) {
                return Errno.NOTDIR;
            }
            checkWritable(r);
            Files.delete(r.hostPath());
            return Errno.SUCCESS;
        });
    }
}
