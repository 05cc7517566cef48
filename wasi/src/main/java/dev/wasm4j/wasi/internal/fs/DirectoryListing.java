package dev.wasm4j.wasi.internal.fs;

import dev.wasm4j.wasi.internal.FileStat;
import dev.wasm4j.wasi.internal.Layouts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of a directory's entries in the order {@code fd_readdir} returns them: "." and "..", then the
 * rest sorted by name (the host's order is arbitrary; sorting makes runs repeatable). The cookie of an entry
 * is its index, so {@code d_next} is the index plus one.
 */
public final class DirectoryListing {
    /** One entry's name, inode and WASI file type (of the entry itself, symlinks not followed). */
    public record Entry(String name, long ino, int filetype) {
    }

    private final List<Entry> entries;

    DirectoryListing(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DirectoryListing of(Location dir) throws IOException {
        Path host = dir.hostPath();
        List<Entry> entries = new ArrayList<>();
        FileStat self = FileStats.stat(host, false);
        entries.add(new Entry(".", self.ino(), self.filetype()));
        // At a preopen's root, ".." is outside the sandbox: describe the root again rather than the host's parent.
        FileStat parent = dir.isRoot() ? self : FileStats.stat(dir.parent().hostPath(), false);
        entries.add(new Entry("..", parent.ino(), parent.filetype()));
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(host)) {
            for (Path p : stream) {
                children.add(p);
            }
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : children) {
            try {
                FileStat st = FileStats.stat(p, false);
                entries.add(new Entry(p.getFileName().toString(), st.ino(), st.filetype()));
            } catch (NoSuchFileException e) {
                // Removed between listing and stat: it is simply not there any more.
            }
        }
        return new DirectoryListing(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The dirents from {@code cookie} on, laid out back to back, cut at {@code limit} bytes (the last one
     * may be truncated, which tells the guest to retry with a bigger buffer).
     */
    public byte[] encode(long cookie, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 4096));
        for (long i = cookie; i >= 0 && i < entries.size() && out.size() < limit; i++) {
            Entry e = entries.get((int) i);
            byte[] dirent = Layouts.dirent(i + 1, e.ino(), e.filetype(), e.name().getBytes(StandardCharsets.UTF_8));
            out.write(dirent, 0, Math.min(dirent.length, limit - out.size()));
        }
        return out.toByteArray();
    }
}
