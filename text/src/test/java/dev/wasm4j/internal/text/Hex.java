package dev.wasm4j.internal.text;

import java.util.HexFormat;

/** Hex helpers for comparing encodings in tests. */
final class Hex {
    private Hex() {}

    static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    static byte[] parse(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    /** The content of the first section with the given id, as spaced hex, or null. */
    static String section(byte[] module, int id) {
        int pos = 8;
        while (pos < module.length) {
            int sectionId = module[pos++] & 0xFF;
            long size = 0;
            int shift = 0;
            int b;
            do {
                b = module[pos++] & 0xFF;
                size |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (sectionId == id) {
                byte[] content = new byte[(int) size];
                System.arraycopy(module, pos, content, 0, (int) size);
                return of(content);
            }
            pos += (int) size;
        }
        return null;
    }

    /** The body of the only function in the module (after its locals), as spaced hex. */
    static String onlyBody(byte[] module) {
        byte[] code = parse(section(module, 10));
        // count=1, body size (one byte for small tests), local declaration count 0
        if (code[0] != 1 || code[2] != 0) {
            throw new IllegalArgumentException("expected one function without locals: " + of(code));
        }
        byte[] body = new byte[code.length - 3];
        System.arraycopy(code, 3, body, 0, body.length);
        return of(body);
    }
}
