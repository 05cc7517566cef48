package dev.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

class LayoutsTest {
    private static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void filestatIs64BytesWithFieldsAtTheirOffsets() {
        byte[] b = Layouts.filestat(new FileStat(1, 2, WasiTypes.FILETYPE_REGULAR_FILE, 3, 4, 5, 6, 7));
        assertEquals(64, b.length);
        ByteBuffer x = le(b);
        assertEquals(1, x.getLong(0));
        assertEquals(2, x.getLong(8));
        assertEquals(4, x.get(16));
        for (int i = 17; i < 24; i++) {
            assertEquals(0, x.get(i), "padding byte " + i);
        }
        assertEquals(3, x.getLong(24));
        assertEquals(4, x.getLong(32));
        assertEquals(5, x.getLong(40));
        assertEquals(6, x.getLong(48));
        assertEquals(7, x.getLong(56));
    }

    @Test
    void fdstatIs24Bytes() {
        ByteBuffer x = le(Layouts.fdstat(WasiTypes.FILETYPE_DIRECTORY, 0x11, 0xAAL, 0xBBL));
        assertEquals(24, x.capacity());
        assertEquals(3, x.get(0));
        assertEquals(0, x.get(1));
        assertEquals(0x11, x.getShort(2));
        assertEquals(0xAAL, x.getLong(8));
        assertEquals(0xBBL, x.getLong(16));
    }

    @Test
    void prestatIs8Bytes() {
        ByteBuffer x = le(Layouts.prestatDir(9));
        assertEquals(8, x.capacity());
        assertEquals(0, x.get(0));
        assertEquals(9, x.getInt(4));
    }

    @Test
    void direntIs24BytesThenTheName() {
        byte[] name = "näme".getBytes(StandardCharsets.UTF_8);
        ByteBuffer x = le(Layouts.dirent(5, 77, WasiTypes.FILETYPE_SYMBOLIC_LINK, name));
        assertEquals(24 + name.length, x.capacity());
        assertEquals(5, x.getLong(0));
        assertEquals(77, x.getLong(8));
        assertEquals(name.length, x.getInt(16));
        assertEquals(7, x.get(20));
        assertEquals("näme", new String(x.array(), 24, name.length, StandardCharsets.UTF_8));
    }

    @Test
    void eventIs32Bytes() {
        ByteBuffer x = le(Layouts.event(0x0102030405060708L, Errno.BADF, WasiTypes.EVENTTYPE_FD_READ, 99, 1));
        assertEquals(32, x.capacity());
        assertEquals(0x0102030405060708L, x.getLong(0));
        assertEquals(Errno.BADF, x.getShort(8));
        assertEquals(1, x.get(10));
        assertEquals(99, x.getLong(16));
        assertEquals(1, x.getShort(24));
    }

    @Test
    void subscriptionsDecodeFrom48Bytes() {
        ByteBuffer clock = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        clock.putLong(0, 42).put(8, (byte) 0).putInt(16, 1).putLong(24, 1000).putLong(32, 5).putShort(40, (short) 1);
        Layouts.Subscription c = Layouts.subscription(clock.array());
        assertEquals(new Layouts.Subscription(42, 0, 1, 1000, 5, 1, -1), c);
        ByteBuffer fd = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        fd.putLong(0, 7).put(8, (byte) 2).putInt(16, 3);
        Layouts.Subscription f = Layouts.subscription(fd.array());
        assertEquals(7, f.userdata());
        assertEquals(2, f.type());
        assertEquals(3, f.fd());
    }
}
