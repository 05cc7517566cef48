package dev.wasm4j.internal.text;

import java.util.List;

/** Collects the contents of each section and assembles them, with custom sections, in binary order. */
final class ModuleBuilder {
    /** A section's entries: a vector count and the encoded entries. */
    static final class Vec {
        final ByteWriter bytes = new ByteWriter();
        int count;

        ByteWriter add() {
            count++;
            return bytes;
        }
    }

    /** A custom section from an {@code @custom} annotation, placed before or after a section kind. */
    record CustomSection(byte[] name, byte[] content, String anchor, boolean before) {}

    /** Section kinds in binary order, with their ids; custom sections are placed relative to these names. */
    private static final String[] ORDER = {
        "type", "import", "func", "table", "memory", "tag", "global", "export", "start", "elem", "datacount",
        "code", "data"
    };
    private static final int[] IDS = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};

    final Vec imports = new Vec();
    final Vec functions = new Vec();
    final Vec tables = new Vec();
    final Vec memories = new Vec();
    final Vec tags = new Vec();
    final Vec globals = new Vec();
    final Vec exports = new Vec();
    final Vec elems = new Vec();
    final Vec code = new Vec();
    final Vec datas = new Vec();
    int startFunction = -1;

    static boolean isSectionName(String name) {
        for (String s : ORDER) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    byte[] build(TypeTable types, boolean dataCount, List<CustomSection> customs) {
        ByteWriter out = new ByteWriter(256);
        out.u8(0x00).u8(0x61).u8(0x73).u8(0x6D);
        out.u8(0x01).u8(0x00).u8(0x00).u8(0x00);
        customs(out, customs, "first", true);
        for (int i = 0; i < ORDER.length; i++) {
            String kind = ORDER[i];
            customs(out, customs, kind, true);
            ByteWriter content = content(kind, types, dataCount);
            if (content != null) {
                out.u8(IDS[i]);
                out.sized(content);
            }
            customs(out, customs, kind, false);
        }
        customs(out, customs, "last", false);
        return out.toByteArray();
    }

    /** The section's content, or null if the section is omitted. */
    private ByteWriter content(String kind, TypeTable types, boolean dataCount) {
        return switch (kind) {
            case "type" -> {
                if (types.groupCount() == 0) {
                    yield null;
                }
                ByteWriter w = new ByteWriter();
                w.u32(types.groupCount());
                types.encodeGroups(w);
                yield w;
            }
            case "import" -> vec(imports);
            case "func" -> vec(functions);
            case "table" -> vec(tables);
            case "memory" -> vec(memories);
            case "tag" -> vec(tags);
            case "global" -> vec(globals);
            case "export" -> vec(exports);
            case "start" -> startFunction < 0 ? null : new ByteWriter(8).u32(startFunction);
            case "elem" -> vec(elems);
            case "datacount" -> dataCount ? new ByteWriter(8).u32(datas.count) : null;
            case "code" -> vec(code);
            case "data" -> vec(datas);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static ByteWriter vec(Vec v) {
        if (v.count == 0) {
            return null;
        }
        ByteWriter w = new ByteWriter(v.bytes.size() + 5);
        w.u32(v.count);
        w.append(v.bytes);
        return w;
    }

    private static void customs(ByteWriter out, List<CustomSection> customs, String anchor, boolean before) {
        for (CustomSection cs : customs) {
            if (cs.anchor().equals(anchor) && cs.before() == before) {
                ByteWriter w = new ByteWriter(cs.content().length + cs.name().length + 5);
                w.name(cs.name());
                w.bytes(cs.content());
                out.u8(0);
                out.sized(w);
            }
        }
    }
}
