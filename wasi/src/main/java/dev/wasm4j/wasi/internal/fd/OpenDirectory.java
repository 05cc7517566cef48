package dev.wasm4j.wasi.internal.fd;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Iovecs;
import dev.wasm4j.wasi.internal.Rights;
import dev.wasm4j.wasi.internal.WasiTypes;
import dev.wasm4j.wasi.internal.fs.DirectoryListing;
import dev.wasm4j.wasi.internal.fs.FileStats;
import dev.wasm4j.wasi.internal.fs.Location;
import dev.wasm4j.wasi.internal.fs.PreopenDir;
import dev.wasm4j.wasi.internal.fs.TimeSetter;

import java.io.IOException;

/**
 * A directory: a preopen or one opened through one. It holds a {@link Location}, not a host handle, since
 * java.nio cannot open directories; every path operation resolves from that location.
 */
public final class OpenDirectory extends Descriptor {
    private final Location location;
    private final boolean preopen;
    private DirectoryListing listing;

    public OpenDirectory(Location location, boolean preopen, long rightsBase, long rightsInheriting) {
        super(rightsBase, rightsInheriting, 0);
        this.location = location;
        this.preopen = preopen;
    }

    /** The descriptor of a preopened directory, with every directory right. */
    public static OpenDirectory preopened(PreopenDir dir) {
        return new OpenDirectory(Location.root(dir), true, Rights.DIRECTORY, Rights.DIRECTORY_INHERITING);
    }

    public Location location() {
        return location;
    }

    /** Whether {@code fd_prestat_get} describes it: only the preopens themselves. */
    public boolean isPreopen() {
        return preopen;
    }

    @Override
    public int filetype() {
        return WasiTypes.FILETYPE_DIRECTORY;
    }

    @Override
    public long read(Iovecs iovs) {
        throw new ErrnoException(Errno.ISDIR);
    }

    @Override
    public FileStat stat() throws IOException {
        return FileStats.stat(location.hostPath(), false);
    }

    @Override
    public void setTimes(Long atimNanos, Long mtimNanos) throws IOException {
        if (location.preopen().readOnly()) {
            throw new ErrnoException(Errno.ROFS);
        }
        TimeSetter.setTimes(location.hostPath(), false, atimNanos, mtimNanos);
    }

    @Override
    public void sync(boolean dataOnly) {
        // Directory entries reach the disk with the host's own metadata syncs; nothing to force here.
    }

    /**
     * The entries from {@code cookie} on. Cookie 0 takes a fresh snapshot (a rewind); later cookies read
     * the same snapshot, so entries neither repeat nor vanish while the guest pages through them.
     */
    public DirectoryListing listing(long cookie) throws IOException {
        if (listing == null || cookie == 0) {
            listing = DirectoryListing.of(location);
        }
        return listing;
    }
}
