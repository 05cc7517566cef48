package dev.wasm4j.pure.internal.testing;

import dev.wasm4j.internal.text.Wat;

import java.io.ByteArrayOutputStream;

/** Builds binary modules by hand for decoder tests: sections get their sizes computed. */
public final class Bin {
    public static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private Bin() {
    }

    /** The header followed by the given sections (or any other bytes). */
    public static byte[] module(byte[]... sections) {
        return concat(HEADER, concat(sections));
    }

    /** A section: its id, its size as unsigned LEB128, its contents. */
    public static byte[] section(int id, byte[]... contents) {
        byte[] body = concat(contents);
        return concat(new byte[] {(byte) id}, u32(body.length), body);
    }

    /** A vector: its length as unsigned LEB128, then the elements. */
    public static byte[] vec(byte[]... elements) {
        return concat(u32(elements.length), concat(elements));
    }

    public static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    public static byte[] u32(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    public static byte[] name(String s) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return concat(u32(utf8.length), utf8);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The binary of a module in the text format. */
    public static byte[] wat(String text) {
        return Wat.toBinary(text, "test.wat");
    }

    /** A type section with one function type [] -> [], and one function of it with the given body. */
    public static byte[] oneFunction(byte[] bodyWithoutSize) {
        return module(
                section(1, vec(bytes(0x60, 0x00, 0x00))),
                section(3, vec(bytes(0x00))),
                section(10, vec(concat(u32(bodyWithoutSize.length), bodyWithoutSize))));
    }
}
