package dev.wasm4j.internal.text;

import java.util.List;

/**
 * An element segment ready to encode. Of the eight binary forms it picks the most compact one, as
 * the reference encoder does: function indices when the text gave function indices, and the implicit
 * table 0 when possible. Items written as expressions keep an expression form even when each is a
 * plain {@code ref.func}: the index forms mean type {@code (ref func)} in WebAssembly 3.0, the
 * expression forms the declared type (e.g. nullable {@code funcref}), and validation tells them apart.
 *
 * @param table the table of an active segment
 * @param offset the encoded offset expression of an active segment, else null
 * @param items encoded constant expressions, one per element
 * @param writtenAsIndices whether the text listed function indices rather than expressions
 */
record ElementSegment(Mode mode, int table, ByteWriter offset, ValType type, List<byte[]> items,
                      boolean writtenAsIndices) {
    enum Mode { PASSIVE, ACTIVE, DECLARATIVE }

    static final ValType FUNCREF = ValType.of(0x70);

    void encode(ByteWriter w) {
        boolean funcref = type.equals(FUNCREF);
        if (funcref && writtenAsIndices && items.stream().allMatch(e -> refFuncIndex(e) >= 0)) {
            switch (mode) {
                case PASSIVE -> w.u8(0x01).u8(0x00);
                case DECLARATIVE -> w.u8(0x03).u8(0x00);
                case ACTIVE -> {
                    if (table == 0) {
                        w.u8(0x00).append(offset);
                    } else {
                        w.u8(0x02).u32(table).append(offset).u8(0x00);
                    }
                }
            }
            w.u32(items.size());
            for (byte[] e : items) {
                w.u64(refFuncIndex(e));
            }
            return;
        }
        switch (mode) {
            case PASSIVE -> {
                w.u8(0x05);
                type.encode(w);
            }
            case DECLARATIVE -> {
                w.u8(0x07);
                type.encode(w);
            }
            case ACTIVE -> {
                if (table == 0 && funcref) {
                    w.u8(0x04).append(offset);
                } else {
                    w.u8(0x06).u32(table).append(offset);
                    type.encode(w);
                }
            }
        }
        w.u32(items.size());
        items.forEach(w::bytes);
    }

    /** The function index of an expression that is exactly {@code ref.func x end}, else -1. */
    private static long refFuncIndex(byte[] expr) {
        if (expr.length < 3 || (expr[0] & 0xFF) != 0xD2) {
            return -1;
        }
        long value = 0;
        int shift = 0;
        int i = 1;
        while (i < expr.length) {
            int b = expr[i++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return i == expr.length - 1 && (expr[i] & 0xFF) == 0x0B ? value : -1;
    }
}
