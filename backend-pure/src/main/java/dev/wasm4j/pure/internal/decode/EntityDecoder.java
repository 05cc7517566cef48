package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.ExternKind;
import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.Export;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.TagDef;

/** Decodes the sections that define entities: function, table, memory, tag, global and export. */
final class EntityDecoder {
    private final DecodeContext cx;
    private final ByteReader in;

    EntityDecoder(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    static boolean tagsEnabled(DecodeContext cx) {
        return cx.has(Feature.EXCEPTIONS) || cx.has(Feature.LEGACY_EXCEPTIONS);
    }

    /** Returns the number of functions declared (the code section must have as many bodies). */
    int decodeFunctions() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            cx.module.addFunc(in.readIndex(), false);
        }
        return count;
    }

    void decodeTables() {
        int count = cx.readCount();
        LimitsReader limits = new LimitsReader(cx);
        for (int i = 0; i < count; i++) {
            if (in.peekByte() == 0x40 && cx.has(Feature.FUNCTION_REFERENCES)) {
                // A table with an explicit initializer: 0x40 0x00 tabletype expr.
                in.readByte();
                int at = in.position();
                if (in.readByte() != 0x00) {
                    throw ByteReader.malformed(at, "malformed table");
                }
                TableDef t = limits.readTableType();
                ConstExpr init = ConstExprDecoder.read(cx);
                cx.module.addTable(new TableDef(t.elementType(), t.min(), t.hasMax(), t.max(), t.table64(), init),
                        false);
            } else {
                cx.module.addTable(limits.readTableType(), false);
            }
        }
    }

    void decodeMemories() {
        int count = cx.readCount();
        LimitsReader limits = new LimitsReader(cx);
        for (int i = 0; i < count; i++) {
            cx.module.addMemory(limits.readMemoryType(), false);
        }
    }

    void decodeTags() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            cx.module.addTag(readTagType(cx), false);
        }
    }

    static TagDef readTagType(DecodeContext cx) {
        int at = cx.in.position();
        if (cx.in.readByte() != 0x00) {
            throw ByteReader.malformed(at, "malformed tag attribute");
        }
        return new TagDef(cx.in.readIndex());
    }

    void decodeGlobals() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            int type = cx.types.readValueType(in);
            boolean mutable = cx.types.readMutability(in);
            cx.module.addGlobal(new GlobalDef(type, mutable, ConstExprDecoder.read(cx)), false);
        }
    }

    void decodeExports() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            String name = in.readName();
            int kindAt = in.position();
            int kind = in.readByte();
            ExternKind externKind = switch (kind) {
                case 0x00 -> ExternKind.FUNC;
                case 0x01 -> ExternKind.TABLE;
                case 0x02 -> ExternKind.MEMORY;
                case 0x03 -> ExternKind.GLOBAL;
                case 0x04 -> tagsEnabled(cx) ? ExternKind.TAG : null;
                default -> null;
            };
            if (externKind == null) {
                throw ByteReader.malformed(kindAt, "malformed export kind");
            }
            cx.module.addExport(new Export(name, externKind, in.readIndex()));
        }
    }
}
