package dev.wasm4j.wasi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory given to the guest.
 *
 * @param hostPath  the directory on the host
 * @param guestPath the name the guest sees it under (e.g. "/", "/data" or ".")
 * @param readOnly  whether the guest may only read: every change under it answers EROFS
 */
public record WasiPreopen(Path hostPath, String guestPath, boolean readOnly) {
    public WasiPreopen {
        Objects.requireNonNull(hostPath, "hostPath");
        Objects.requireNonNull(guestPath, "guestPath");
        if (guestPath.isEmpty() || guestPath.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("guest path must be non-empty and free of NUL: '" + guestPath + "'");
        }
    }
}
