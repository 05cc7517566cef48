package dev.wasm4j.capi;

import dev.wasm4j.CustomSection;
import dev.wasm4j.ModuleNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link BinaryLayout} from a module wasmtime has already validated: a walk over the sections that
 * decodes only the custom sections, imports, tables, exports and the code section's body sizes. Where the
 * bytes do not have the expected shape the scan keeps what it read so far: the module compiled, so this only
 * happens for encodings newer than the scanner, and costs detail, not correctness.
 */
final class BinaryScanner {
    private static final int CUSTOM = 0;
    private static final int IMPORT = 2;
    private static final int TABLE = 4;
    private static final int EXPORT = 7;
    private static final int CODE = 10;

    private final byte[] bytes;
    private final List<CustomSection> customs = new ArrayList<>();
    private ModuleNames names = ModuleNames.EMPTY;
    private final List<BinaryLayout.TableLimits> tables = new ArrayList<>();
    private final Map<Integer, Integer> importedTables = new HashMap<>();
    private final List<Integer> exportIndices = new ArrayList<>();
    private int importedFunctions;
    private int[] codeStarts = new int[0];
    private boolean tablesComplete = true;

    private BinaryScanner(byte[] bytes) {
        this.bytes = bytes;
    }

    static BinaryLayout scan(byte[] bytes) {
        BinaryScanner scanner = new BinaryScanner(bytes);
        scanner.sections();
        return new BinaryLayout(List.copyOf(scanner.customs), scanner.names,
                scanner.tablesComplete ? List.copyOf(scanner.tables) : List.of(), Map.copyOf(scanner.importedTables),
                List.copyOf(scanner.exportIndices), scanner.importedFunctions, scanner.codeStarts);
    }

    private void sections() {
        ByteCursor in = new ByteCursor(bytes, 8, bytes.length); // after the magic number and version
        try {
            while (!in.atEnd()) {
                int id = in.u8();
                int size = in.u32();
                int start = in.position();
                in.skip(size & 0xFFFFFFFFL);
                ByteCursor body = new ByteCursor(bytes, start, start + size);
                section(id, body, start + size);
            }
        } catch (ByteCursor.Malformed e) {
            // Keep what was read (see the class comment).
        }
    }

    private void section(int id, ByteCursor in, int end) throws ByteCursor.Malformed {
        switch (id) {
            case CUSTOM -> custom(in, end);
            case IMPORT -> imports(in);
            case TABLE -> tableSection(in);
            case EXPORT -> exports(in);
            case CODE -> code(in);
            default -> {
            }
        }
    }

    private void custom(ByteCursor in, int end) throws ByteCursor.Malformed {
        String name = in.name();
        byte[] data = Arrays.copyOfRange(bytes, in.position(), end);
        customs.add(new CustomSection(name, data));
        if (name.equals("name")) {
            names = NameSectionDecoder.decode(data);
        }
    }

    private void imports(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            in.name();
            in.name();
            int kind = in.u8();
            switch (kind) {
                case 0x00 -> {
                    in.u32();
                    importedFunctions++;
                }
                case 0x01 -> {
                    refType(in);
                    importedTables.put(i, tables.size());
                    tables.add(limits(in));
                }
                case 0x02 -> limits(in);
                case 0x03 -> {
                    valType(in);
                    in.u8();
                }
                case 0x04 -> {
                    in.u8();
                    in.u32();
                }
                default -> throw new ByteCursor.Malformed("import kind " + kind);
            }
        }
    }

    private void tableSection(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        tablesComplete = false;
        for (int i = 0; i < count; i++) {
            int first = in.u8();
            if (first == 0x40) {
                in.u8(); // reserved 0x00
                refType(in);
                tables.add(limits(in));
                ConstExprSkipper.skip(in);
            } else {
                refTypeAfter(first, in);
                tables.add(limits(in));
            }
        }
        tablesComplete = true;
    }

    private void exports(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            in.name();
            in.u8();
            exportIndices.add(in.u32());
        }
    }

    private void code(ByteCursor in) throws ByteCursor.Malformed {
        int count = in.u32();
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            int size = in.u32();
            starts[i] = in.position();
            in.skip(size & 0xFFFFFFFFL);
        }
        codeStarts = starts;
    }

    private static BinaryLayout.TableLimits limits(ByteCursor in) throws ByteCursor.Malformed {
        int flags = in.u8();
        long min = in.u64();
        Optional<Long> max = (flags & 1) != 0 ? Optional.of(in.u64()) : Optional.empty();
        if ((flags & 8) != 0) {
            in.u32(); // custom page size
        }
        return new BinaryLayout.TableLimits(min, max, (flags & 4) != 0);
    }

    static void valType(ByteCursor in) throws ByteCursor.Malformed {
        refTypeAfter(in.u8(), in);
    }

    private static void refType(ByteCursor in) throws ByteCursor.Malformed {
        refTypeAfter(in.u8(), in);
    }

    /** Value and reference types are one byte, except (ref ht) and (ref null ht) with their heap type. */
    private static void refTypeAfter(int first, ByteCursor in) throws ByteCursor.Malformed {
        if (first == 0x63 || first == 0x64) {
            in.s64();
        }
    }
}
