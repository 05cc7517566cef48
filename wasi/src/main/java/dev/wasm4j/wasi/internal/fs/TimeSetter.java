package dev.wasm4j.wasi.internal.fs;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.WasiTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/** Sets file timestamps, and decodes the {@code fstflags} of the two {@code *_set_times} functions. */
public final class TimeSetter {
    private TimeSetter() {
    }

    /** Sets the times of {@code path} (of the link itself unless {@code follow}); null leaves one as is. */
    public static void setTimes(Path path, boolean follow, Long atimNanos, Long mtimNanos) throws IOException {
        if (atimNanos == null && mtimNanos == null) {
            return;
        }
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributeView view = Files.getFileAttributeView(path, BasicFileAttributeView.class, options);
        view.setTimes(time(mtimNanos), time(atimNanos), null);
    }

    private static FileTime time(Long nanos) {
        return nanos == null ? null : FileTime.from(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The new access time from {@code fstflags}: {@code atim}, now, or null for unchanged. Asking for both
     * a value and "now" is EINVAL.
     */
    public static Long accessTime(int fstflags, long atim, long nowNanos) {
        return pick(fstflags, WasiTypes.FSTFLAG_ATIM, WasiTypes.FSTFLAG_ATIM_NOW, atim, nowNanos);
    }

    /** The new modification time from {@code fstflags}, as {@link #accessTime}. */
    public static Long modificationTime(int fstflags, long mtim, long nowNanos) {
        return pick(fstflags, WasiTypes.FSTFLAG_MTIM, WasiTypes.FSTFLAG_MTIM_NOW, mtim, nowNanos);
    }

    /** EINVAL for bits outside the four defined ones. */
    public static void checkFlags(int fstflags) {
        if ((fstflags & ~0xF) != 0) {
            throw new ErrnoException(Errno.INVAL);
        }
    }

    private static Long pick(int flags, int valueBit, int nowBit, long value, long now) {
        boolean set = (flags & valueBit) != 0;
        boolean setNow = (flags & nowBit) != 0;
        if (set && setNow) {
            throw new ErrnoException(Errno.INVAL);
        }
        return set ? Long.valueOf(value) : setNow ? Long.valueOf(now) : null;
    }
}
