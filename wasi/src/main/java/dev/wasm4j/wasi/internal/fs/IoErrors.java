package dev.wasm4j.wasi.internal.fs;

import dev.wasm4j.wasi.internal.Errno;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps host I/O failures to WASI errnos. java.nio reports most POSIX errors as a plain
 * {@link FileSystemException} whose reason is the C library's {@code strerror} text, so the text is
 * matched where no specific exception type exists.
 */
public final class IoErrors {
    /** glibc's strerror texts, longest first where one is a prefix of another. */
    private static final Map<String, Integer> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("Operation not permitted", Errno.PERM);
        REASONS.put("No such file or directory", Errno.NOENT);
        REASONS.put("Permission denied", Errno.ACCES);
        REASONS.put("File exists", Errno.EXIST);
        REASONS.put("Not a directory", Errno.NOTDIR);
        REASONS.put("Is a directory", Errno.ISDIR);
        REASONS.put("Invalid argument", Errno.INVAL);
        REASONS.put("Too many open files in system", Errno.NFILE);
        REASONS.put("Too many open files", Errno.MFILE);
        REASONS.put("File too large", Errno.FBIG);
        REASONS.put("No space left on device", Errno.NOSPC);
        REASONS.put("Read-only file system", Errno.ROFS);
        REASONS.put("Too many links", Errno.MLINK);
        REASONS.put("File name too long", Errno.NAMETOOLONG);
        REASONS.put("Directory not empty", Errno.NOTEMPTY);
        REASONS.put("Too many levels of symbolic links", Errno.LOOP);
        REASONS.put("Invalid cross-device link", Errno.XDEV);
        REASONS.put("Device or resource busy", Errno.BUSY);
        REASONS.put("Text file busy", Errno.TXTBSY);
        REASONS.put("Disk quota exceeded", Errno.DQUOT);
        REASONS.put("Input/output error", Errno.IO);
        REASONS.put("No such device or address", Errno.NXIO);
        REASONS.put("No such device", Errno.NODEV);
        REASONS.put("Bad file descriptor", Errno.BADF);
        REASONS.put("Broken pipe", Errno.PIPE);
        REASONS.put("Illegal seek", Errno.SPIPE);
        REASONS.put("Operation not supported", Errno.NOTSUP);
        REASONS.put("Value too large for defined data type", Errno.OVERFLOW);
    }

    private IoErrors() {
    }

    public static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Errno.NOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return Errno.EXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return Errno.NOTEMPTY;
        } else if (e instanceof AccessDeniedException) {
            return Errno.ACCES;
        } else if (e instanceof NotDirectoryException) {
            return Errno.NOTDIR;
        } else if (e instanceof NotLinkException) {
            return Errno.INVAL;
        } else if (e instanceof FileSystemLoopException) {
            return Errno.LOOP;
        } else if (e instanceof AtomicMoveNotSupportedException) {
            return Errno.XDEV;
        } else if (e instanceof ClosedChannelException) {
            return Errno.BADF;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fromReason(fse.getReason());
        }
        return e.getMessage() == null ? Errno.IO : fromReason(e.getMessage());
    }

    static int fromReason(String reason) {
        for (Map.Entry<String, Integer> r : REASONS.entrySet()) {
            if (reason.startsWith(r.getKey())) {
                return r.getValue();
            }
        }
        return Errno.IO;
    }
}
