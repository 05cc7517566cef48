package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.Caller;
import dev.wasm4j.Linker;
import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.GuestMemory;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiState;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fd.Descriptor;
import dev.wasm4j.wasi.internal.fd.OpenDirectory;
import dev.wasm4j.wasi.internal.fd.OpenFile;
import dev.wasm4j.wasi.internal.fs.PathResolver;
import dev.wasm4j.wasi.internal.fs.ResolvedPath;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code path_open}: opens (or creates) a regular file as a host {@link FileChannel}, or a directory as a
 * location. The new descriptor's rights are those asked for that the directory hands down; a file's host
 * access mode follows from them: reading unless only writing was asked for, writing when any right that
 * changes the data is asked for.
 */
final class PathOpen extends FunctionFamily {
    /** Rights whose use changes a file's data, so the host file must be open for writing. */
    private static final long WRITE_RIGHTS = Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE;

    PathOpen(StateLookup lookup) {
        super(lookup);
    }

    @Override
    void register(Linker<?> linker) {
        linker.func(MODULE, "path_open", HostSignatures.IIIIILLII.class, this::open);
    }

    int open(Caller caller, int fd, int dirflags, int pathPtr, int pathLen, int oflags, long rightsBase,
             long rightsInheriting, int fdflags, int resultFdPtr) {
        return Guard.run(() -> {
            WasiState s = state(caller);
            GuestMemory m = memory(caller);
            OpenDirectory dir = s.fds().directory(fd);
            dir.require(Rights.PATH_OPEN);
            if ((oflags & ~0xF) != 0 || (fdflags & ~WasiTypes.FDFLAGS_ALL) != 0) {
                return Errno.INVAL;
            }
            boolean create = (oflags & WasiTypes.O_CREAT) != 0;
            boolean exclusive = (oflags & WasiTypes.O_EXCL) != 0;
            boolean truncate = (oflags & WasiTypes.O_TRUNC) != 0;
            boolean wantDirectory = (oflags & WasiTypes.O_DIRECTORY) != 0;
            if (create) {
                dir.require(Rights.PATH_CREATE_FILE);
            }
            if (truncate) {
                dir.require(Rights.PATH_FILESTAT_SET_SIZE);
            }
            // A descriptor gets at most what its directory hands down. Extra rights asked for are dropped
            // rather than refused, as current WASI hosts do: programs often ask for a fixed, generous set.
            long base = rightsBase & dir.rightsInheriting();
            long inheriting = rightsInheriting & dir.rightsInheriting();
            m.check(resultFdPtr, 4);
            // O_CREAT|O_EXCL never follows a final symlink: an existing link is an existing file.
            boolean follow = (dirflags & WasiTypes.LOOKUP_SYMLINK_FOLLOW) != 0 && !(create && exclusive);
            ResolvedPath r = PathResolver.resolve(dir.location(), m.readString(pathPtr, pathLen), follow);
            BasicFileAttributes a = PathFunctions.lstat(r.hostPath());
            Descriptor opened;
            if (a == null) {
                if (!create) {
                    return Errno.NOENT;
                }
                if (wantDirectory) {
                    return Errno.INVAL;
                }
                if (r.mustBeDirectory()) {
                    return Errno.ISDIR;
                }
                PathFunctions.checkWritable(r);
                opened = openFile(r, base, inheriting, fdflags, true, exclusive, truncate);
            } else if (a.isSymbolicLink()) {
                return create && exclusive ? Errno.EXIST : Errno.LOOP; // as O_NOFOLLOW
            } else if (create && exclusive) {
                return Errno.EXIST;
            } else if (a.isDirectory()) {
                if (truncate || (base & Rights.FD_WRITE) != 0) {
                    return Errno.ISDIR;
                }
                if (create) {
                    return Errno.ISDIR;
                }
                opened = new OpenDirectory(r.location(), false, base & Rights.DIRECTORY, inheriting);
            } else {
                if (wantDirectory || r.mustBeDirectory()) {
                    return Errno.NOTDIR;
                }
                if (!a.isRegularFile()) {
                    return Errno.NOTSUP; // devices, FIFOs and sockets inside a preopen are not opened
                }
                if (truncate || (base & WRITE_RIGHTS) != 0) {
                    PathFunctions.checkWritable(r);
                }
                opened = openFile(r, base, inheriting, fdflags, false, false, truncate);
            }
            int newFd;
            try {
                newFd = s.fds().insert(opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            m.writeI32(resultFdPtr, newFd);
            return Errno.SUCCESS;
        });
    }

    private static OpenFile openFile(ResolvedPath r, long rightsBase, long rightsInheriting, int fdflags,
                                     boolean create, boolean exclusive, boolean truncate) throws IOException {
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS); // the resolver already followed what it was asked to
        boolean write = (rightsBase & WRITE_RIGHTS) != 0;
        if ((rightsBase & Rights.FD_READ) != 0 || !write) {
            options.add(StandardOpenOption.READ);
        }
        if (write || truncate) {
            options.add(StandardOpenOption.WRITE); // java.nio truncates only a channel open for writing
        }
        if (create) {
            options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            options.add(StandardOpenOption.WRITE); // ... and creates only for writing
        }
        if (truncate) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((fdflags & WasiTypes.FDFLAG_SYNC) != 0) {
            options.add(StandardOpenOption.SYNC);
        } else if ((fdflags & WasiTypes.FDFLAG_DSYNC) != 0) {
            options.add(StandardOpenOption.DSYNC);
        }
        FileChannel channel = FileChannel.open(r.hostPath(), options);
        return new OpenFile(channel, r.location(), rightsBase & Rights.REGULAR_FILE, rightsInheriting, fdflags);
    }
}
