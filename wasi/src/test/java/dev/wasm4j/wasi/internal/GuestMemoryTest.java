package dev.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

class GuestMemoryTest {
    private final ArrayMemory raw = new ArrayMemory(4);
    private final GuestMemory m = new GuestMemory(raw);

    private static int errno(Runnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }

    @Test
    void outOfRangeIsEfault() {
        assertEquals(Errno.FAULT, errno(() -> m.readI32(4 * 65536 - 2)));
        assertEquals(Errno.FAULT, errno(() -> m.writeI64(-8, 1))); // 0xFFFFFFF8 unsigned
        assertEquals(Errno.FAULT, errno(() -> m.read(10, -1)));
        assertEquals(Errno.FAULT, errno(() -> m.check(0, 4 * 65536 + 1)));
        m.check(4 * 65536, 0);
        m.writeI32(4 * 65536 - 4, 0x01020304);
        assertEquals(0x01020304, m.readI32(4 * 65536 - 4));
        assertEquals(4, m.readU8(4 * 65536 - 4));
    }

    @Test
    void stringsMustBeUtf8() {
        m.write(100, new byte[] {'o', 'k', (byte) 0xC3, (byte) 0xA9});
        assertEquals("oké", m.readString(100, 4));
        m.write(200, new byte[] {'b', (byte) 0xFF});
        assertEquals(Errno.ILSEQ, errno(() -> m.readString(200, 2)));
    }

    @Test
    void iovecsGatherAndScatterAcrossChunks() throws IOException {
        // Two buffers: 100 000 bytes at 1000 and 3 bytes at 200 000, described at 50.
        byte[] first = new byte[100_000];
        for (int i = 0; i < first.length; i++) {
            first[i] = (byte) i;
        }
        m.write(1000, first);
        m.write(200_000, new byte[] {7, 8, 9});
        m.writeI32(50, 1000);
        m.writeI32(54, first.length);
        m.writeI32(58, 200_000);
        m.writeI32(62, 3);
        Iovecs iovs = m.iovecs(50, 2);
        assertEquals(100_003, iovs.totalLength());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(100_003, iovs.writeTo((buf, len) -> out.write(buf, 0, len)));
        byte[] all = out.toByteArray();
        assertEquals(7, all[100_000]);
        assertEquals((byte) 99_999, all[99_999]);

        // Scatter stops at a short read.
        raw.fill(0, (byte) 0, 4 * 65536);
        m.writeI32(50, 1000);
        m.writeI32(54, 4);
        m.writeI32(58, 2000);
        m.writeI32(62, 4);
        int[] calls = {0};
        long n = m.iovecs(50, 2).readFrom((buf, len) -> {
            calls[0]++;
            int give = Math.min(len, 6 - (calls[0] - 1) * 4);
            for (int i = 0; i < give; i++) {
                buf[i] = (byte) (10 + i);
            }
            return give;
        });
        assertEquals(6, n);
        assertArrayEquals(new byte[] {10, 11, 12, 13}, m.read(1000, 4));
        assertArrayEquals(new byte[] {10, 11, 0, 0}, m.read(2000, 4));
    }

    @Test
    void iovecOutsideMemoryIsEfault() {
        m.writeI32(0, 4 * 65536 - 2);
        m.writeI32(4, 10);
        assertEquals(Errno.FAULT, errno(() -> m.iovecs(0, 1)));
        assertEquals(Errno.FAULT, errno(() -> m.iovecs(4 * 65536 - 4, 1)));
    }
}
