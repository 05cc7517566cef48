package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.Rights;

import java.io.IOException;

/**
 * An open file descriptor: its rights and flags, and the operations its kind supports. The defaults
 * answer as POSIX does for a kind that lacks the operation; the WASI functions check rights before
 * calling in.
 */
public abstract class Descriptor {
    private long rightsBase;
    private long rightsInheriting;
    private int fdflags;

    protected Descriptor(long rightsBase, long rightsInheriting, int fdflags) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
        this.fdflags = fdflags;
    }

    /** The WASI {@code filetype} reported by {@code fd_fdstat_get}. */
    public abstract int filetype();

    public long rightsBase() {
        return rightsBase;
    }

    public long rightsInheriting() {
        return rightsInheriting;
    }

    public int fdflags() {
        return fdflags;
    }

    public void setFdflags(int flags) {
        this.fdflags = flags;
    }

    /** Narrows the rights; widening them is refused with ENOTCAPABLE, as the spec requires. */
    public void setRights(long base, long inheriting) {
        if ((base & ~rightsBase) != 0 || (inheriting & ~rightsInheriting) != 0) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
        rightsBase = base;
        rightsInheriting = inheriting;
    }

    /** ENOTCAPABLE unless every right in {@code rights} is held. */
    public void require(long rights) {
        if (!Rights.has(rightsBase, rights)) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
    }

    /**
     * Like {@link #require} for reading or writing, which answer EBADF as POSIX does for a descriptor not
     * open for that direction.
     */
    public void requireAccess(long readOrWrite) {
        if (!Rights.has(rightsBase, readOrWrite)) {
            throw new ErrnoException(Errno.BADF);
        }
    }

    /** Whether this is a stream (stdin, stdout, stderr): no offset, so seeking answers ESPIPE. */
    public boolean isStream() {
        return false;
    }

    public long read(Iovecs iovs) throws IOException {
        throw new ErrnoException(Errno.BADF);
    }

    public long write(Iovecs iovs) throws IOException {
        throw new ErrnoException(Errno.BADF);
    }

    public long pread(Iovecs iovs, long offset) throws IOException {
        throw new ErrnoException(isStream() ? Errno.SPIPE : Errno.BADF);
    }

    public long pwrite(Iovecs iovs, long offset) throws IOException {
        throw new ErrnoException(isStream() ? Errno.SPIPE : Errno.BADF);
    }

    /** Moves the offset; returns the new one. */
    public long seek(long offset, int whence) throws IOException {
        throw new ErrnoException(isStream() ? Errno.SPIPE : Errno.BADF);
    }

    public long tell() throws IOException {
        throw new ErrnoException(isStream() ? Errno.SPIPE : Errno.BADF);
    }

    public abstract FileStat stat() throws IOException;

    public void setSize(long size) throws IOException {
        throw new ErrnoException(Errno.INVAL);
    }

    /** Sets the access and/or modification time; null leaves one unchanged. */
    public void setTimes(Long atimNanos, Long mtimNanos) throws IOException {
        throw new ErrnoException(Errno.INVAL);
    }

    public void allocate(long offset, long length) throws IOException {
        throw new ErrnoException(isStream() ? Errno.SPIPE : Errno.BADF);
    }

    public void sync(boolean dataOnly) throws IOException {
        throw new ErrnoException(Errno.INVAL);
    }

    /**
     * For {@code poll_oneoff}: the bytes readable now (0 at the end of the data), or -1 if a read would
     * block.
     */
    public long readableBytes() throws IOException {
        return 0;
    }

    /** For {@code poll_oneoff}: whether a write would not block. */
    public boolean writable() {
        return true;
    }

    /** Releases host resources; the table forgets the descriptor either way. */
    public void close() throws IOException {
    }
}
