package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap well-formedness check of encoder output: re-reads the section framing and the vectors
 * whose entries can be skipped without decoding instructions, and fails on any size or count that
 * does not add up. It is no decoder: function bodies are only checked to be framed and to end with
 * {@code end}.
 */
final class BinaryShape {
    private final byte[] b;
    private int pos;

    private BinaryShape(byte[] b) {
        this.b = b;
    }

    /** Throws {@link IllegalStateException} describing the first inconsistency found. */
    static void check(byte[] module) {
        try {
            new BinaryShape(module).module();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("content runs past the end", e);
        }
    }

    /** The ids of the sections in order (custom sections included as 0). */
    static List<Integer> sectionIds(byte[] module) {
        BinaryShape s = new BinaryShape(module);
        s.pos = 8;
        List<Integer> ids = new ArrayList<>();
        while (s.pos < module.length) {
            ids.add(s.u8());
            int size = (int) s.u32();
            s.pos += size;
        }
        return ids;
    }

    private IllegalStateException fail(String what) {
        return new IllegalStateException(what + " at byte " + pos);
    }

    private int u8() {
        if (pos >= b.length) {
            throw fail("unexpected end");
        }
        return b[pos++] & 0xFF;
    }

    private long u32() {
        long result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int x = u8();
            result |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                if (result > 0xFFFFFFFFL) {
                    throw fail("u32 out of range");
                }
                return result;
            }
        }
        throw fail("u32 too long");
    }

    private long leb(int maxBytes) {
        long result = 0;
        for (int i = 0; i < maxBytes; i++) {
            int x = u8();
            result |= (long) (x & 0x7F) << (7 * i);
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw fail("LEB128 too long");
    }

    private void bytes(long n) {
        if (pos + n > b.length) {
            throw fail("vector runs past the end");
        }
        pos += (int) n;
    }

    private static final int[] ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    private static int rank(int id) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private void module() {
        if (b.length < 8 || b[0] != 0 || b[1] != 'a' || b[2] != 's' || b[3] != 'm' || b[4] != 1 || b[5] != 0
                || b[6] != 0 || b[7] != 0) {
            throw fail("bad header");
        }
        pos = 8;
        int lastRank = -1;
        long functions = -1;
        long bodies = -1;
        long dataCount = -1;
        long datas = -1;
        while (pos < b.length) {
            int id = u8();
            long size = u32();
            int start = pos;
            int end = (int) (start + size);
            if (end > b.length) {
                throw fail("section " + id + " runs past the end");
            }
            if (id != 0) {
                int rank = rank(id);
                if (rank < 0) {
                    throw fail("unknown section id " + id);
                }
                if (rank <= lastRank) {
                    throw fail("section " + id + " out of order");
                }
                lastRank = rank;
            }
            switch (id) {
                case 0 -> bytes(u32()); // name; the payload runs to the end
                case 1 -> vector(this::recType);
                case 2 -> vector(this::importEntry);
                case 3 -> functions = vector(() -> u32());
                case 4 -> vector(this::table);
                case 5 -> vector(this::limits);
                case 13 -> vector(() -> {
                    expect(0, "tag attribute");
                    u32();
                });
                case 6 -> vector(() -> {
                    valType();
                    u8();
                    constExpr();
                });
                case 7 -> vector(() -> {
                    bytes(u32());
                    if (u8() > 4) {
                        throw fail("export kind");
                    }
                    u32();
                });
                case 8 -> u32();
                case 9 -> vector(this::elem);
                case 12 -> dataCount = u32();
                case 10 -> bodies = vector(this::body);
                case 11 -> datas = vector(this::data);
                default -> throw fail("section " + id);
            }
            if (id == 0) {
                pos = end;
            }
            if (pos != end) {
                throw fail("section " + id + " size " + size + " but content ends at " + (pos - start));
            }
        }
        if (functions != bodies && !(functions <= 0 && bodies <= 0)) {
            throw fail("function count " + functions + " differs from code count " + bodies);
        }
        if (dataCount >= 0 && dataCount != Math.max(datas, 0)) {
            throw fail("data count " + dataCount + " differs from data segments " + datas);
        }
    }

    private long vector(Runnable entry) {
        long n = u32();
        for (long i = 0; i < n; i++) {
            entry.run();
        }
        return n;
    }

    private void expect(int value, String what) {
        if (u8() != value) {
            throw fail(what);
        }
    }

    private void recType() {
        if ((b[pos] & 0xFF) == 0x4E) {
            pos++;
            vector(this::subType);
        } else {
            subType();
        }
    }

    private void subType() {
        int first = b[pos] & 0xFF;
        if (first == 0x50 || first == 0x4F) {
            pos++;
            vector(() -> u32());
        }
        while ((b[pos] & 0xFF) == 0x4C || (b[pos] & 0xFF) == 0x4D) {
            pos++;
            u32();
        }
        switch (u8()) {
            case 0x60 -> {
                vector(this::valType);
                vector(this::valType);
            }
            case 0x5F -> vector(() -> {
                valType();
                mutability();
            });
            case 0x5E -> {
                valType();
                mutability();
            }
            default -> throw fail("composite type");
        }
    }

    private void mutability() {
        if (u8() > 1) {
            throw fail("mutability");
        }
    }

    private void valType() {
        int t = u8();
        if (t == 0x63 || t == 0x64) {
            heapType();
        } else if (!(t >= 0x69 && t <= 0x7F)) {
            throw fail("value type 0x" + Integer.toHexString(t));
        }
    }

    private void heapType() {
        int t = b[pos] & 0xFF;
        if (t == 0x62) {
            pos++;
            u32();
        } else if (t >= 0x69 && t <= 0x74) {
            pos++;
        } else {
            leb(5);
        }
    }

    private void limits() {
        int flags = u8();
        if (flags > 15) {
            throw fail("limits flags");
        }
        leb(10);
        if ((flags & 1) != 0) {
            leb(10);
        }
        if ((flags & 8) != 0) {
            u32();
        }
    }

    private void table() {
        if ((b[pos] & 0xFF) == 0x40) {
            pos++;
            expect(0, "table with initialiser");
            valType();
            limits();
            constExpr();
        } else {
            valType();
            limits();
        }
    }

    private void importEntry() {
        bytes(u32());
        bytes(u32());
        switch (u8()) {
            case 0x00, 0x20 -> u32();
            case 0x01 -> {
                valType();
                limits();
            }
            case 0x02 -> limits();
            case 0x03 -> {
                valType();
                mutability();
            }
            case 0x04 -> {
                expect(0, "tag attribute");
                u32();
            }
            default -> throw fail("import kind");
        }
    }

    /** Skips a constant expression: scans to the 0x0B that ends it (immediates of const ops skipped). */
    private void constExpr() {
        while (true) {
            int op = u8();
            switch (op) {
                case 0x0B -> {
                    return;
                }
                case 0x41, 0x42 -> leb(10);
                case 0x43 -> bytes(4);
                case 0x44 -> bytes(8);
                case 0x10, 0x12, 0x20, 0x21, 0x22, 0x23, 0x24, 0x3F, 0x40, 0xD2 -> u32();
                case 0xD0 -> heapType();
                case 0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E -> {
                }
                case 0xFD -> {
                    if (u32() == 12) {
                        bytes(16);
                    }
                }
                case 0xFB -> {
                    long sub = u32();
                    if (sub == 0 || sub == 1 || sub == 6 || sub == 7 || sub == 32 || sub == 33) {
                        u32();
                    } else if (sub == 8 || sub == 9 || sub == 10) {
                        u32();
                        u32();
                    }
                }
                default -> {
                    // Other instructions are invalid in constant expressions; skip one byte.
                }
            }
        }
    }

    private void elem() {
        long flags = u32();
        if (flags > 7) {
            throw fail("element segment flags");
        }
        if (flags == 2 || flags == 6) {
            u32();
        }
        if ((flags & 1) == 0) {
            constExpr();
        }
        boolean expressions = (flags & 4) != 0;
        if (flags != 0 && flags != 4) {
            if (expressions) {
                valType();
            } else {
                expect(0, "element kind");
            }
        }
        vector(expressions ? this::constExpr : () -> u32());
    }

    private void body() {
        long size = u32();
        int start = pos;
        bytes(size);
        int end = pos;
        pos = start;
        vector(() -> {
            u32();
            valType();
        });
        if (pos > end) {
            throw fail("locals run past the body");
        }
        if ((b[end - 1] & 0xFF) != 0x0B) {
            throw fail("function body does not end with end");
        }
        pos = end;
    }

    private void data() {
        long flags = u32();
        if (flags == 2) {
            u32();
        }
        if (flags == 0 || flags == 2) {
            constExpr();
        } else if (flags != 1) {
            throw fail("data segment flags");
        }
        bytes(u32());
    }
}
