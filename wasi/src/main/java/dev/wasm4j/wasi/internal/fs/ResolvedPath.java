package dev.wasm4j.wasi.internal.fs;

import java.nio.file.Path;

/**
 * The outcome of resolving a guest path.
 *
 * @param location        where it leads; the last component may not exist, and is a symlink only when the
 *                        caller asked not to follow a final symlink
 * @param named           whether the path ended in a name, as opposed to ".", ".." or the starting
 *                        directory itself (operations that create or remove an entry need a name)
 * @param mustBeDirectory whether the path ended in "/", which asks for a directory
 */
public record ResolvedPath(Location location, boolean named, boolean mustBeDirectory) {
    public Path hostPath() {
        return location.hostPath();
    }

    public PreopenDir preopen() {
        return location.preopen();
    }
}
