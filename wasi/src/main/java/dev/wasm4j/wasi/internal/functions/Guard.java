package dev.wasm4j.wasi.internal.functions;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.fs.IoErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.InvalidPathException;

/**
 * Runs a WASI function body and turns its failures into errno results. Anything else — a trap, the exit
 * of {@code proc_exit}, a bug — propagates, so it is not mistaken for an ordinary error.
 */
final class Guard {
    /** A function body: returns an errno (normally {@link Errno#SUCCESS}). */
    @FunctionalInterface
    interface Body {
        int run() throws IOException;
    }

    private Guard() {
    }

    static int run(Body body) {
        try {
            return body.run();
        } catch (ErrnoException e) {
            return e.errno();
        } catch (IOException e) {
            return IoErrors.errno(e);
        } catch (UncheckedIOException e) {
            return IoErrors.errno(e.getCause());
        } catch (DirectoryIteratorException e) {
            return IoErrors.errno(e.getCause());
        } catch (NonReadableChannelException | NonWritableChannelException e) {
            return Errno.BADF;
        } catch (InvalidPathException e) {
            return Errno.INVAL;
        }
    }
}
