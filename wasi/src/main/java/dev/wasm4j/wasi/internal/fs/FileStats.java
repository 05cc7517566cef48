package dev.wasm4j.wasi.internal.fs;

import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.WasiTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads a host file's attributes as a WASI {@link FileStat}. The "unix" attribute view gives device, inode,
 * link count, change time and the exact file type; where the host lacks it, the basic view fills in what
 * it can (inode and device 0, one link).
 */
public final class FileStats {
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFLNK = 0120000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFCHR = 0020000;

    private static volatile boolean unixViewMissing;

    private FileStats() {
    }

    /** The attributes of {@code path}, of the link itself unless {@code follow}. */
    public static FileStat stat(Path path, boolean follow) throws IOException {
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (!unixViewMissing) {
            try {
                return fromUnix(Files.readAttributes(path, "unix:*", options));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                unixViewMissing = true;
            }
        }
        return fromBasic(Files.readAttributes(path, BasicFileAttributes.class, options));
    }

    /** The WASI file type of an existing host file, of the link itself unless {@code follow}. */
    public static int filetype(Path path, boolean follow) throws IOException {
        return stat(path, follow).filetype();
    }

    private static FileStat fromUnix(Map<String, Object> a) {
        int mode = (Integer) a.get("mode");
        return new FileStat(
                (Long) a.get("dev"),
                (Long) a.get("ino"),
                filetypeOfMode(mode),
                ((Integer) a.get("nlink")).longValue(),
                (Long) a.get("size"),
                nanos((FileTime) a.get("lastAccessTime")),
                nanos((FileTime) a.get("lastModifiedTime")),
                nanos((FileTime) a.get("ctime")));
    }

    private static FileStat fromBasic(BasicFileAttributes a) {
        int type = a.isSymbolicLink() ? WasiTypes.FILETYPE_SYMBOLIC_LINK
                : a.isDirectory() ? WasiTypes.FILETYPE_DIRECTORY
                : a.isRegularFile() ? WasiTypes.FILETYPE_REGULAR_FILE
                : WasiTypes.FILETYPE_UNKNOWN;
        return new FileStat(0, 0, type, 1, a.size(), nanos(a.lastAccessTime()), nanos(a.lastModifiedTime()),
                nanos(a.lastModifiedTime()));
    }

    static int filetypeOfMode(int mode) {
        switch (mode & S_IFMT) {
            case S_IFREG:
                return WasiTypes.FILETYPE_REGULAR_FILE;
            case S_IFDIR:
                return WasiTypes.FILETYPE_DIRECTORY;
            case S_IFLNK:
                return WasiTypes.FILETYPE_SYMBOLIC_LINK;
            case S_IFCHR:
                return WasiTypes.FILETYPE_CHARACTER_DEVICE;
            case S_IFBLK:
                return WasiTypes.FILETYPE_BLOCK_DEVICE;
            case S_IFSOCK:
                return WasiTypes.FILETYPE_SOCKET_STREAM;
            default:
                return WasiTypes.FILETYPE_UNKNOWN; // FIFOs have no WASI file type
        }
    }

    static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }
}
