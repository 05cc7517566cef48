package dev.wasm4j.wasi.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.internal.WasiTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class DirectoryListingTest {
    @TempDir
    Path root;

    @Test
    void entriesInOrderWithTypesAndCookies() throws IOException {
        Files.writeString(root.resolve("b"), "");
        Files.createDirectories(root.resolve("a"));
        Files.createSymbolicLink(root.resolve("c"), root.getFileSystem().getPath("b"));
        Location loc = Location.root(PreopenDir.of(root, "/", false));
        DirectoryListing l = DirectoryListing.of(loc);
        List<DirectoryListing.Entry> e = l.entries();
        assertEquals(List.of(".", "..", "a", "b", "c"), e.stream().map(DirectoryListing.Entry::name).toList());
        assertEquals(WasiTypes.FILETYPE_DIRECTORY, e.get(2).filetype());
        assertEquals(WasiTypes.FILETYPE_REGULAR_FILE, e.get(3).filetype());
        assertEquals(WasiTypes.FILETYPE_SYMBOLIC_LINK, e.get(4).filetype());
        assertEquals(e.get(0).ino(), e.get(1).ino(), "at the root, .. is the root");

        byte[] all = l.encode(0, 4096);
        assertEquals(5 * 24 + 1 + 2 + 1 + 1 + 1, all.length);
        ByteBuffer x = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, x.getLong(0)); // d_next of "."
        assertEquals(1, x.getInt(16));
        assertEquals(2, x.getLong(25)); // d_next of "..", right after "." and its 1-byte name

        byte[] cut = l.encode(0, 30);
        assertEquals(30, cut.length);
        byte[] fromCookie = l.encode(3, 4096);
        assertEquals(2 * 24 + 2, fromCookie.length);
        assertEquals(0, l.encode(5, 4096).length);
        assertEquals(0, l.encode(-1, 4096).length); // a cookie beyond 2^63 is past the end
    }

    @Test
    void inSubdirectoryDotDotIsTheParent() throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Location sub = Location.root(PreopenDir.of(root, "/", false)).child("sub");
        List<DirectoryListing.Entry> e = DirectoryListing.of(sub).entries();
        assertEquals(DirectoryListing.of(Location.root(sub.preopen())).entries().get(0).ino(), e.get(1).ino());
    }
}
