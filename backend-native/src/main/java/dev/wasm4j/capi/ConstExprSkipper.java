package dev.wasm4j.capi;

/**
 * Skips a constant expression (up to and including its {@code end}), knowing the immediates of every
 * instruction WebAssembly 3.0 allows in one: numeric constants, {@code global.get}, {@code ref.null},
 * {@code ref.func}, the extended-const arithmetic, {@code v128.const} and the GC allocations.
 */
final class ConstExprSkipper {
    private ConstExprSkipper() {
    }

    static void skip(ByteCursor in) throws ByteCursor.Malformed {
        while (true) {
            int op = in.u8();
            switch (op) {
                case 0x0B -> {
                    return;
                }
                case 0x41, 0x42 -> in.s64();
                case 0x43 -> in.skip(4);
                case 0x44 -> in.skip(8);
                case 0x23, 0xD2 -> in.u32();
                case 0xD0 -> in.s64();
                case 0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E -> {
                }
                case 0xFD -> {
                    int sub = in.u32();
                    if (sub != 12) {
                        throw new ByteCursor.Malformed("SIMD opcode " + sub + " in a constant expression");
                    }
                    in.skip(16);
                }
                case 0xFB -> gc(in);
                default -> throw new ByteCursor.Malformed("opcode " + op + " in a constant expression");
            }
        }
    }

    private static void gc(ByteCursor in) throws ByteCursor.Malformed {
        int sub = in.u32();
        switch (sub) {
            case 0, 1, 6, 7 -> in.u32(); // struct.new, struct.new_default, array.new, array.new_default
            case 8 -> { // array.new_fixed
                in.u32();
                in.u32();
            }
            case 0x1A, 0x1B, 0x1C -> {
            } // any.convert_extern, extern.convert_any, ref.i31
            default -> throw new ByteCursor.Malformed("GC opcode " + sub + " in a constant expression");
        }
    }
}
