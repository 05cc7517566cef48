package dev.wasm4j.capi;

/**
 * Tells whether a (possibly malformed) module states a 32-bit memory or table limit that does not fit in
 * 32 bits. wasmtime decodes limits as 64-bit numbers and then reports them as too large a size, an
 * invalid module; the binary format makes such a limit malformed ("integer too large").
 */
final class LimitScanner {
    private static final int IMPORT = 2;
    private static final int TABLE = 4;
    private static final int MEMORY = 5;

    private LimitScanner() {
    }

    static boolean hasLimitPast32Bits(byte[] bytes) {
        ByteCursor in = new ByteCursor(bytes, 8, bytes.length);
        try {
            while (!in.atEnd()) {
                int id = in.u8();
                int size = in.u32();
                int start = in.position();
                in.skip(size & 0xFFFFFFFFL);
                ByteCursor body = new ByteCursor(bytes, start, start + size);
                boolean found = switch (id) {
                    case IMPORT -> imports(body);
                    case TABLE -> tables(body);
                    case MEMORY -> memories(body);
                    default -> false;
                };
                if (found) {
                    return true;
                }
            }
        } catch (ByteCursor.Malformed e) {
            // Stop at the first thing that does not decode: the answer is about what came before.
        }
        return false;
    }

    private static boolean imports(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            in.name();
            in.name();
            switch (in.u8()) {
                case 0x00 -> in.u32();
                case 0x01 -> {
                    BinaryScanner.valType(in);
                    if (limitTooLarge(in)) {
                        return true;
                    }
                }
                case 0x02 -> {
                    if (limitTooLarge(in)) {
                        return true;
                    }
                }
                case 0x03 -> {
                    BinaryScanner.valType(in);
                    in.u8();
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean tables(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            int first = in.u8();
            if (first == 0x40) {
                in.u8();
                BinaryScanner.valType(in);
                if (limitTooLarge(in)) {
                    return true;
                }
                ConstExprSkipper.skip(in);
            } else {
                if (first == 0x63 || first == 0x64) {
                    in.s64();
                }
                if (limitTooLarge(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean memories(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            if (limitTooLarge(in)) {
                return true;
            }
        }
        return false;
    }

    private static boolean limitTooLarge(ByteCursor in) throws ByteCursor.Malformed {
        int flags = in.u8();
        boolean is64 = (flags & 4) != 0;
        long min = in.u64();
        long max = (flags & 1) != 0 ? in.u64() : 0;
        if ((flags & 8) != 0) {
            in.u32();
        }
        return !is64 && (Long.compareUnsigned(min, 0xFFFF_FFFFL) > 0 || Long.compareUnsigned(max, 0xFFFF_FFFFL) > 0);
    }
}
