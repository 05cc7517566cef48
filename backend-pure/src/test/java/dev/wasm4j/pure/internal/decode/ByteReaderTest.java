package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.MalformedModuleException;
import org.junit.jupiter.api.Test;

import static dev.wasm4j.pure.internal.testing.Bin.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteReaderTest {

    private static ByteReader reader(int... values) {
        byte[] b = bytes(values);
        return new ByteReader(b, 0, b.length);
    }

    private static void assertMalformed(String reason, long offset, Runnable read) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class, read::run);
        assertEquals(reason, e.reason());
        assertEquals(offset, e.offset());
    }

    @Test
    void unsignedLeb128DecodesAllWidthsUpToFiveBytes() {
        assertEquals(0, reader(0x00).readU32());
        assertEquals(127, reader(0x7F).readU32());
        assertEquals(128, reader(0x80, 0x01).readU32());
        assertEquals(0, reader(0x80, 0x80, 0x80, 0x80, 0x00).readU32());
        assertEquals(0xFFFF_FFFF, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).readU32());
        assertEquals(0xFFFF_FFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).readU32AsLong());
    }

    @Test
    void unsignedLeb128RejectsUnusedHighBitsAsTooLarge() {
        assertMalformed("integer too large", 4, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).readU32());
        assertMalformed("integer too large", 4, () -> reader(0x80, 0x80, 0x80, 0x80, 0x70).readU32());
    }

    @Test
    void unsignedLeb128RejectsASixthByteAsTooLong() {
        assertMalformed("integer representation too long", 5,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00).readU32());
    }

    @Test
    void leb128RunningOutOfBytesIsAnUnexpectedEnd() {
        assertMalformed(ByteReader.UNEXPECTED_END, 2, () -> reader(0x80, 0x80).readU32());
        assertMalformed(ByteReader.UNEXPECTED_END, 0, () -> reader().readS64());
    }

    @Test
    void signedLeb128SignExtends() {
        assertEquals(-1, reader(0x7F).readS32());
        assertEquals(63, reader(0x3F).readS32());
        assertEquals(-64, reader(0x40).readS32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).readS32());
        assertEquals(Integer.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).readS32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x7F).readS32());
    }

    @Test
    void signedLeb128RequiresUnusedBitsToRepeatTheSign() {
        assertMalformed("integer too large", 4, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x4F).readS32());
        assertMalformed("integer too large", 4, () -> reader(0x80, 0x80, 0x80, 0x80, 0x08).readS32());
        assertMalformed("integer too large", 9,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02).readS64());
        assertMalformed("integer representation too long", 10,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F).readS64());
    }

    @Test
    void signed64CoversTheWholeRange() {
        assertEquals(Long.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F).readS64());
        assertEquals(Long.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00).readS64());
        assertEquals(-2, reader(0x7E).readS64());
    }

    @Test
    void unsigned64AcceptsOnlyOneBitInTheTenthByte() {
        assertEquals(-1L, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01).readU64());
        assertMalformed("integer too large", 9,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02).readU64());
    }

    @Test
    void signed33HoldsBlockTypeIndicesAndNegativeCodes() {
        assertEquals(-64, reader(0x40).readS33());
        assertEquals(0xFFFF_FFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).readS33());
        assertEquals(-(1L << 32), reader(0x80, 0x80, 0x80, 0x80, 0x70).readS33());
        assertMalformed("integer too large", 4, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).readS33());
    }

    @Test
    void fixedWidthValuesAreLittleEndian() {
        assertEquals(0x3F80_0000, reader(0x00, 0x00, 0x80, 0x3F).readFixed32());
        assertEquals(0x0807_0605_0403_0201L, reader(1, 2, 3, 4, 5, 6, 7, 8).readFixed64());
        assertMalformed(ByteReader.UNEXPECTED_END, 3, () -> reader(1, 2, 3).readFixed32());
    }

    @Test
    void namesAreStrictUtf8() {
        assertEquals("héllo", reader(6, 'h', 0xC3, 0xA9, 'l', 'l', 'o').readName());
        assertEquals("😀", reader(4, 0xF0, 0x9F, 0x98, 0x80).readName());
        assertMalformed("malformed UTF-8 encoding", 1, () -> reader(2, 0xC0, 0x80).readName());
        assertMalformed("malformed UTF-8 encoding", 1, () -> reader(3, 0xED, 0xA0, 0x80).readName());
        assertMalformed("malformed UTF-8 encoding", 1, () -> reader(4, 0xF4, 0x90, 0x80, 0x80).readName());
        assertMalformed("malformed UTF-8 encoding", 1, () -> reader(1, 0x80).readName());
        assertMalformed("malformed UTF-8 encoding", 1, () -> reader(2, 0xE2, 0x82).readName());
    }

    @Test
    void lengthsBeyondTheInputAreOutOfBounds() {
        assertMalformed("length out of bounds", 0, () -> reader(5, 'a', 'b').readName());
    }
}
