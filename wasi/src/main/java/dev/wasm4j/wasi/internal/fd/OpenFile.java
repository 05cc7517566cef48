package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fs.FileStats;
import dev.wasm4j.wasi.internal.fs.Location;
import dev.wasm4j.wasi.internal.fs.TimeSetter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;

/**
 * A regular file opened through a preopen. Append mode is emulated (the offset moves to the end before
 * each write) because java.nio's APPEND cannot be combined with reading and cannot be switched later by
 * {@code fd_fdstat_set_flags}.
 */
public final class OpenFile extends Descriptor {
    private final FileChannel channel;
    private final Location location;

    public OpenFile(FileChannel channel, Location location, long rightsBase, long rightsInheriting, int fdflags) {
        super(rightsBase, rightsInheriting, fdflags);
        this.channel = channel;
        this.location = location;
    }

    public Location location() {
        return location;
    }

    private boolean readOnlyPreopen() {
        return location.preopen().readOnly();
    }

    @Override
    public int filetype() {
        return WasiTypes.FILETYPE_REGULAR_FILE;
    }

    @Override
    public long read(Iovecs iovs) throws IOException {
        return iovs.readFrom((buf, length) -> channel.read(ByteBuffer.wrap(buf, 0, length)));
    }

    @Override
    public long write(Iovecs iovs) throws IOException {
        if ((fdflags() & WasiTypes.FDFLAG_APPEND) != 0) {
            channel.position(channel.size());
        }
        return iovs.writeTo((buf, length) -> {
            ByteBuffer b = ByteBuffer.wrap(buf, 0, length);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        });
    }

    @Override
    public long pread(Iovecs iovs, long offset) throws IOException {
        long[] pos = {offset};
        return iovs.readFrom((buf, length) -> {
            int n = channel.read(ByteBuffer.wrap(buf, 0, length), pos[0]);
            if (n > 0) {
                pos[0] += n;
            }
            return n;
        });
    }

    @Override
    public long pwrite(Iovecs iovs, long offset) throws IOException {
        long[] pos = {offset};
        return iovs.writeTo((buf, length) -> {
            ByteBuffer b = ByteBuffer.wrap(buf, 0, length);
            while (b.hasRemaining()) {
                pos[0] += channel.write(b, pos[0]);
            }
        });
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        long base;
        switch (whence) {
            case WasiTypes.WHENCE_SET:
                base = 0;
                break;
            case WasiTypes.WHENCE_CUR:
                base = channel.position();
                break;
            case WasiTypes.WHENCE_END:
                base = channel.size();
                break;
            default:
                throw new ErrnoException(Errno.INVAL);
        }
        long target;
        try {
            target = Math.addExact(base, offset);
        } catch (ArithmeticException e) {
            throw new ErrnoException(Errno.OVERFLOW);
        }
        if (target < 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        channel.position(target);
        return target;
    }

    @Override
    public long tell() throws IOException {
        return channel.position();
    }

    @Override
    public FileStat stat() throws IOException {
        long size = channel.size();
        try {
            FileStat s = FileStats.stat(location.hostPath(), false);
            return new FileStat(s.dev(), s.ino(), WasiTypes.FILETYPE_REGULAR_FILE, s.nlink(), size, s.atim(),
                    s.mtim(), s.ctim());
        } catch (NoSuchFileException e) {
            // Unlinked (or renamed) since it was opened: the channel still knows the size.
            return new FileStat(0, 0, WasiTypes.FILETYPE_REGULAR_FILE, 0, size, 0, 0, 0);
        }
    }

    @Override
    public void setSize(long size) throws IOException {
        if (readOnlyPreopen()) {
            throw new ErrnoException(Errno.ROFS);
        }
        if (size < 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        long current = channel.size();
        if (size < current) {
            long position = channel.position();
            channel.truncate(size);
            channel.position(position); // ftruncate leaves the offset alone; FileChannel.truncate does not
        } else if (size > current) {
            extendTo(size);
        }
    }

    /** Grows the file to {@code size} with zeros by writing its last byte. */
    private void extendTo(long size) throws IOException {
        ByteBuffer zero = ByteBuffer.wrap(new byte[1]);
        while (zero.hasRemaining()) {
            channel.write(zero, size - 1);
        }
    }

    @Override
    public void setTimes(Long atimNanos, Long mtimNanos) throws IOException {
        if (readOnlyPreopen()) {
            throw new ErrnoException(Errno.ROFS);
        }
        TimeSetter.setTimes(location.hostPath(), false, atimNanos, mtimNanos);
    }

    @Override
    public void allocate(long offset, long length) throws IOException {
        if (readOnlyPreopen()) {
            throw new ErrnoException(Errno.ROFS);
        }
        if (offset < 0 || length <= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        long end;
        try {
            end = Math.addExact(offset, length);
        } catch (ArithmeticException e) {
            throw new ErrnoException(Errno.FBIG);
        }
        if (end > channel.size()) {
            extendTo(end);
        }
    }

    @Override
    public void sync(boolean dataOnly) throws IOException {
        channel.force(!dataOnly);
    }

    @Override
    public long readableBytes() throws IOException {
        return Math.max(0, channel.size() - channel.position());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
