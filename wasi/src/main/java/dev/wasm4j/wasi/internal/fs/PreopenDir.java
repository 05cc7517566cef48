package dev.wasm4j.wasi.internal.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A host directory the guest was given. {@code root} is the directory's real path (no symlinks), the
 * boundary no guest path may cross; {@code guestPath} is the name the guest knows it by.
 */
public record PreopenDir(Path root, String guestPath, boolean readOnly) {
    /** Resolves {@code hostPath} to its real path; it must be an existing directory. */
    public static PreopenDir of(Path hostPath, String guestPath, boolean readOnly) {
        Path real;
        try {
            real = hostPath.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot preopen " + hostPath + ": " + e, e);
        }
        if (!Files.isDirectory(real)) {
            throw new IllegalArgumentException("cannot preopen " + hostPath + ": not a directory");
        }
        return new PreopenDir(real, guestPath, readOnly);
    }
}
