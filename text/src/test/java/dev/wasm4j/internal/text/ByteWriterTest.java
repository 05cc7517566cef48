package dev.wasm4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ByteWriterTest {

    private static String hex(ByteWriter w) {
        return HexFormat.ofDelimiter(" ").formatHex(w.toByteArray());
    }

    @Test
    void unsignedLeb128UsesSevenBitGroupsLowFirst() {
        assertEquals("00", hex(new ByteWriter().u32(0)));
        assertEquals("7f", hex(new ByteWriter().u32(127)));
        assertEquals("80 01", hex(new ByteWriter().u32(128)));
        assertEquals("e5 8e 26", hex(new ByteWriter().u32(624485)));
        assertEquals("ff ff ff ff 0f", hex(new ByteWriter().u32(0xFFFFFFFF)));
        assertEquals("ff ff ff ff ff ff ff ff ff 01", hex(new ByteWriter().u64(-1L)));
    }

    @Test
    void signedLeb128StopsWhenTheSignBitMatches() {
        assertEquals("00", hex(new ByteWriter().s32(0)));
        assertEquals("7f", hex(new ByteWriter().s32(-1)));
        assertEquals("3f", hex(new ByteWriter().s32(63)));
        assertEquals("c0 00", hex(new ByteWriter().s32(64)));
        assertEquals("40", hex(new ByteWriter().s32(-64)));
        assertEquals("bf 7f", hex(new ByteWriter().s32(-65)));
        assertEquals("80 80 80 80 78", hex(new ByteWriter().s32(Integer.MIN_VALUE)));
        assertEquals("ff ff ff ff 07", hex(new ByteWriter().s32(Integer.MAX_VALUE)));
        assertEquals("80 80 80 80 80 80 80 80 80 7f", hex(new ByteWriter().s64(Long.MIN_VALUE)));
    }

    @Test
    void floatsAreLittleEndianBits() {
        assertEquals("00 00 80 3f", hex(new ByteWriter().f32(Float.floatToRawIntBits(1f))));
        assertEquals("00 00 00 00 00 00 f0 3f", hex(new ByteWriter().f64(Double.doubleToRawLongBits(1d))));
    }

    @Test
    void namesAndSizedContentAreLengthPrefixed() {
        assertEquals("03 61 62 63", hex(new ByteWriter().name(new byte[] {'a', 'b', 'c'})));
        ByteWriter content = new ByteWriter();
        for (int i = 0; i < 200; i++) {
            content.u8(i);
        }
        ByteWriter sized = new ByteWriter().sized(content);
        assertEquals(202, sized.size());
        assertEquals("c8 01 00 01", hex(sized).substring(0, 11));
    }
}
