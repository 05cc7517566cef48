package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The guest's file descriptors. A new descriptor takes the lowest free number, as POSIX does (the spec
 * allows any number below 2^31; lowest-free keeps runs repeatable).
 */
public final class FdTable {
    /** A bound on open descriptors, so a guest cannot exhaust the host's. */
    public static final int MAX_OPEN = 8192;

    /** Descriptors by number; numbers stay below {@link #MAX_OPEN} (renumbering only reuses open ones). */
    private final List<Descriptor> table = new ArrayList<>();
    private final BitSet used = new BitSet();
    private int count;

    /** The descriptor numbered {@code fd}, or EBADF. */
    public Descriptor get(int fd) {
        Descriptor d = fd >= 0 && fd < table.size() ? table.get(fd) : null;
        if (d == null) {
            throw new ErrnoException(Errno.BADF);
        }
        return d;
    }

    /** The directory numbered {@code fd}: EBADF if none, ENOTDIR if it is not a directory. */
    public OpenDirectory directory(int fd) {
        Descriptor d = get(fd);
        if (!(d instanceof OpenDirectory)) {
            throw new ErrnoException(Errno.NOTDIR);
        }
        return (OpenDirectory) d;
    }

    /** Adds {@code d} under the lowest free number; EMFILE when {@link #MAX_OPEN} are open. */
    public int insert(Descriptor d) {
        if (count >= MAX_OPEN) {
            throw new ErrnoException(Errno.MFILE);
        }
        int fd = used.nextClearBit(0);
        while (table.size() <= fd) {
            table.add(null);
        }
        set(fd, d);
        return fd;
    }

    /** Removes and closes {@code fd}; EBADF if it is not open. */
    public void close(int fd) throws IOException {
        Descriptor d = get(fd);
        set(fd, null);
        d.close();
    }

    /** Moves {@code from} to number {@code to}, closing what {@code to} held; both must be open. */
    public void renumber(int from, int to) throws IOException {
        Descriptor d = get(from);
        Descriptor old = get(to);
        if (from == to) {
            return;
        }
        set(from, null);
        set(to, d);
        old.close();
    }

    public int size() {
        return count;
    }

    private void set(int fd, Descriptor d) {
        Descriptor before = table.set(fd, d);
        count += (d != null ? 1 : 0) - (before != null ? 1 : 0);
        used.set(fd, d != null);
    }

    /** Closes every descriptor, reporting the first failure after trying them all. */
    public void closeAll() throws IOException {
        List<Descriptor> all = new ArrayList<>();
        for (Descriptor d : table) {
            if (d != null) {
                all.add(d);
            }
        }
        table.clear();
        used.clear();
        count = 0;
        IOException first = null;
        for (Descriptor d : all) {
            try {
                d.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
