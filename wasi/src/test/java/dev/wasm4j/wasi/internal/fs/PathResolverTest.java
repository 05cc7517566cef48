package dev.wasm4j.wasi.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The resolver alone, on a real directory tree with symlinks (no wasm involved). */
class PathResolverTest {
    @TempDir
    Path tmp;

    private Path root;
    private Location start;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/secret"), "s");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/f.txt"), "f");
        Files.writeString(root.resolve("file"), "x");
        link("to_b", "a/b");
        link("to_f", "a/b/f.txt");
        link("up", "..");
        link("a/b/up2", "../..");
        link("a/b/out", "../../../outside");
        link("abs", tmp.resolve("outside").toString());
        link("loop", "loop");
        link("dangling", "nothing/here");
        start = Location.root(PreopenDir.of(root, "/r", false));
    }

    private void link(String at, String target) throws IOException {
        Files.createSymbolicLink(root.resolve(at), root.getFileSystem().getPath(target));
    }

    private ResolvedPath resolve(String path, boolean follow) {
        return PathResolver.resolve(start, path, follow);
    }

    private int errno(String path, boolean follow) {
        return assertThrows(ErrnoException.class, () -> resolve(path, follow)).errno();
    }

    private List<String> components(String path, boolean follow) {
        return resolve(path, follow).location().components();
    }

    @Test
    void plainPathsAndDots() {
        assertEquals(List.of("a", "b", "f.txt"), components("a/b/f.txt", false));
        assertEquals(List.of("a", "b", "f.txt"), components("./a//b/./f.txt", false));
        assertEquals(List.of("file"), components("a/b/../../file", false));
        assertEquals(List.of(), components(".", false));
        assertEquals(List.of(), components("a/..", false));
        assertEquals(List.of("new"), components("new", false)); // the last component need not exist
        assertTrue(resolve("a/b", false).named());
        assertFalse(resolve("a/.", false).named());
        assertFalse(resolve("a/..", false).named());
        assertTrue(resolve("a/b/", false).mustBeDirectory());
        assertEquals(root.resolve("a/b/f.txt"), resolve("a/b/f.txt", false).hostPath());
    }

    @Test
    void escapesByDotDotOrAbsolutePathAreNotCapable() {
        assertEquals(Errno.NOTCAPABLE, errno("..", false));
        assertEquals(Errno.NOTCAPABLE, errno("../outside/secret", false));
        assertEquals(Errno.NOTCAPABLE, errno("a/../../outside", false));
        assertEquals(Errno.NOTCAPABLE, errno("a/b/../../..", false));
        assertEquals(Errno.NOTCAPABLE, errno("/etc/passwd", false));
        assertEquals(Errno.NOTCAPABLE, errno("/", true));
    }

    @Test
    void symlinksAreFollowedInsideOnly() {
        assertEquals(List.of("a", "b", "f.txt"), components("to_b/f.txt", false));
        assertEquals(List.of("a", "b", "f.txt"), components("to_f", true));
        assertEquals(List.of("to_f"), components("to_f", false)); // a final link is kept unless following
        assertEquals(List.of("a"), components("to_b/..", false)); // ".." after a link is relative to its target
        assertEquals(Errno.NOTCAPABLE, errno("up/outside", false));
        assertEquals(Errno.NOTCAPABLE, errno("up", true));
        assertEquals(Errno.NOTCAPABLE, errno("a/b/up2/..", false));
        assertEquals(List.of(), components("a/b/up2", true)); // "../.." from a/b is the root itself
        assertEquals(Errno.NOTCAPABLE, errno("a/b/out/secret", false));
        assertEquals(Errno.NOTCAPABLE, errno("a/b/out", true));
        assertEquals(Errno.NOTCAPABLE, errno("abs/secret", false));
        assertEquals(Errno.NOTCAPABLE, errno("to_b/up2/up", true));
        assertEquals(Errno.LOOP, errno("loop", true));
        assertEquals(Errno.LOOP, errno("loop/x", false));
        assertEquals(Errno.NOENT, errno("dangling/x", false));
    }

    @Test
    void danglingFinalLinkResolvesToItsMissingTarget() {
        assertEquals(Errno.NOENT, errno("dangling", true)); // "nothing" is missing before the last component
        assertEquals(List.of("dangling"), components("dangling", false));
    }

    @Test
    void intermediateComponentsMustBeDirectories() {
        assertEquals(Errno.NOTDIR, errno("file/x", false));
        assertEquals(Errno.NOENT, errno("missing/x", false));
        assertEquals(Errno.NOENT, errno("", false));
        assertEquals(Errno.INVAL, errno("a\0b", false));
    }

    @Test
    void aTrailingSlashFollowsTheFinalLink() {
        assertEquals(List.of("a", "b"), components("to_b/", false));
        assertEquals(Errno.NOTCAPABLE, errno("up/", false));
    }

    @Test
    void resolutionStartsAtASubdirectory() {
        Location sub = new Location(start.preopen(), List.of("a", "b"));
        assertEquals(List.of("file"), PathResolver.resolve(sub, "../../file", false).location().components());
        assertEquals(Errno.NOTCAPABLE,
                assertThrows(ErrnoException.class, () -> PathResolver.resolve(sub, "../../../x", false)).errno());
    }

    @Test
    void tooManySymlinksIsEloop() throws IOException {
        for (int i = 0; i < PathResolver.MAX_SYMLINKS + 5; i++) {
            link("c" + i, "c" + (i + 1));
        }
        Files.writeString(root.resolve("c" + (PathResolver.MAX_SYMLINKS + 5)), "end");
        assertEquals(Errno.LOOP, errno("c0", true));
        assertEquals(List.of("c" + (PathResolver.MAX_SYMLINKS + 5)), components("c10", true));
    }

    @Test
    void aHostSwappedDirectoryIsCaughtByTheContainmentCheck() throws IOException {
        // A directory descriptor's location was checked when opened; if the host later replaces the
        // directory with a symlink to the outside, resolution from it must still not leave the root.
        Location sub = new Location(start.preopen(), List.of("swapped"));
        Files.createSymbolicLink(root.resolve("swapped"), tmp.resolve("outside"));
        assertEquals(Errno.NOTCAPABLE,
                assertThrows(ErrnoException.class, () -> PathResolver.resolve(sub, "secret", false)).errno());
    }

    @Test
    void symlinkTargetsThatStayInside() {
        Location dir = new Location(start.preopen(), List.of("a"));
        assertTrue(PathResolver.staysInside(dir, "b/f.txt"));
        assertTrue(PathResolver.staysInside(dir, "../file"));
        assertTrue(PathResolver.staysInside(dir, "./b/../.."));
        assertFalse(PathResolver.staysInside(dir, "../../x"));
        assertFalse(PathResolver.staysInside(dir, "/abs"));
        assertFalse(PathResolver.staysInside(dir, ""));
        assertFalse(PathResolver.staysInside(start, ".."));
    }
}
