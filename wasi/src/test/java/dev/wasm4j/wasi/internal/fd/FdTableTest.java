package dev.wasm4j.wasi.internal.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.internal.Errno;
import dev.wasm4j.wasi.internal.ErrnoException;
import dev.wasm4j.wasi.internal.Rights;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;

class FdTableTest {
    /** A stream descriptor that records being closed. */
    private static final class Probe extends Descriptor {
        boolean closed;

        Probe() {
            super(Rights.STDOUT, 0, 0);
        }

        @Override
        public int filetype() {
            return 0;
        }

        @Override
        public dev.wasm4j.wasi.internal.FileStat stat() {
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static int errno(ThrowingRunnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }

    interface ThrowingRunnable {
        void run() throws IOException;
    }

    @Test
    void lowestFreeNumberAndEbadf() throws IOException {
        FdTable t = new FdTable();
        Probe a = new Probe();
        Probe b = new Probe();
        Probe c = new Probe();
        assertEquals(0, t.insert(a));
        assertEquals(1, t.insert(b));
        assertEquals(2, t.insert(c));
        t.close(1);
        assertTrue(b.closed);
        assertEquals(1, t.insert(new Probe()));
        assertEquals(3, t.insert(new Probe()));
        assertEquals(Errno.BADF, errno(() -> t.get(9)));
        assertEquals(Errno.BADF, errno(() -> t.close(9)));
        assertEquals(Errno.NOTDIR, errno(() -> t.directory(0)));
    }

    @Test
    void renumberReplacesTheTarget() throws IOException {
        FdTable t = new FdTable();
        Probe a = new Probe();
        Probe b = new Probe();
        t.insert(a);
        t.insert(b);
        t.renumber(0, 1);
        assertSame(a, t.get(1));
        assertTrue(b.closed);
        assertEquals(Errno.BADF, errno(() -> t.get(0)));
        assertEquals(Errno.BADF, errno(() -> t.renumber(0, 1)));
        assertEquals(Errno.BADF, errno(() -> t.renumber(1, 5)));
        t.renumber(1, 1);
        assertSame(a, t.get(1));
    }

    @Test
    void boundedAndClosable() throws IOException {
        FdTable t = new FdTable();
        for (int i = 0; i < FdTable.MAX_OPEN; i++) {
            t.insert(new OutputDescriptor(OutputStream.nullOutputStream(), false));
        }
        assertEquals(Errno.MFILE, errno(() -> t.insert(new Probe())));
        t.closeAll();
        assertEquals(0, t.size());
    }

    @Test
    void rightsOnlyShrink() {
        Probe p = new Probe();
        p.setRights(Rights.FD_WRITE, 0);
        assertEquals(Errno.NOTCAPABLE, assertThrows(ErrnoException.class,
                () -> p.setRights(Rights.FD_WRITE | Rights.FD_READ, 0)).errno());
        assertEquals(Errno.NOTCAPABLE, assertThrows(ErrnoException.class, () -> p.require(Rights.FD_SEEK)).errno());
        assertEquals(Errno.BADF, assertThrows(ErrnoException.class, () -> p.requireAccess(Rights.FD_READ)).errno());
    }
}
