package dev.wasm4j.wasi.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasm4j.wasi.internal.Errno;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

class IoErrorsTest {
    @Test
    void exceptionTypes() {
        assertEquals(Errno.NOENT, IoErrors.errno(new NoSuchFileException("x")));
        assertEquals(Errno.EXIST, IoErrors.errno(new FileAlreadyExistsException("x")));
        assertEquals(Errno.NOTEMPTY, IoErrors.errno(new DirectoryNotEmptyException("x")));
        assertEquals(Errno.ACCES, IoErrors.errno(new AccessDeniedException("x")));
        assertEquals(Errno.NOTDIR, IoErrors.errno(new NotDirectoryException("x")));
        assertEquals(Errno.BADF, IoErrors.errno(new ClosedChannelException()));
        assertEquals(Errno.IO, IoErrors.errno(new IOException()));
    }

    @Test
    void strerrorReasons() {
        assertEquals(Errno.NOTEMPTY, IoErrors.errno(new FileSystemException("a", "b", "Directory not empty")));
        assertEquals(Errno.ISDIR, IoErrors.errno(new FileSystemException("a", null, "Is a directory")));
        assertEquals(Errno.LOOP, IoErrors.errno(new FileSystemException("a", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertEquals(Errno.NFILE, IoErrors.errno(new FileSystemException("a", null, "Too many open files in system")));
        assertEquals(Errno.MFILE, IoErrors.errno(new FileSystemException("a", null, "Too many open files")));
        assertEquals(Errno.ROFS, IoErrors.errno(new FileSystemException("a", null, "Read-only file system")));
        assertEquals(Errno.NODEV, IoErrors.errno(new FileSystemException("a", null, "No such device")));
        assertEquals(Errno.NXIO, IoErrors.errno(new FileSystemException("a", null, "No such device or address")));
        assertEquals(Errno.IO, IoErrors.errno(new FileSystemException("a", null, "Something new")));
    }
}
