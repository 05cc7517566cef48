package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.ExternKind;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.Import;

/** Decodes the import section; each import also enters the index space of its kind. */
final class ImportSectionDecoder {
    private final DecodeContext cx;
    private final ByteReader in;

    ImportSectionDecoder(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    void decode() {
        int count = cx.readCount();
        LimitsReader limits = new LimitsReader(cx);
        for (int i = 0; i < count; i++) {
            String moduleName = in.readName();
            String name = in.readName();
            int kindAt = in.position();
            int kind = in.readByte();
            switch (kind) {
                case 0x00 -> {
                    cx.module.addImport(new Import(moduleName, name, ExternKind.FUNC, cx.module.funcCount()));
                    cx.module.addFunc(in.readIndex(), true);
                }
                case 0x01 -> {
                    cx.module.addImport(new Import(moduleName, name, ExternKind.TABLE, cx.module.tableCount()));
                    cx.module.addTable(limits.readTableType(), true);
                }
                case 0x02 -> {
                    cx.module.addImport(new Import(moduleName, name, ExternKind.MEMORY, cx.module.memoryCount()));
                    cx.module.addMemory(limits.readMemoryType(), true);
                }
                case 0x03 -> {
                    cx.module.addImport(new Import(moduleName, name, ExternKind.GLOBAL, cx.module.globalCount()));
                    int type = cx.types.readValueType(in);
                    cx.module.addGlobal(new GlobalDef(type, cx.types.readMutability(in), null), true);
                }
                case 0x04 -> {
                    if (!EntityDecoder.tagsEnabled(cx)) {
                        throw ByteReader.malformed(kindAt, "malformed import kind");
                    }
                    cx.module.addImport(new Import(moduleName, name, ExternKind.TAG, cx.module.tagCount()));
                    cx.module.addTag(EntityDecoder.readTagType(cx), true);
                }
                default -> throw ByteReader.malformed(kindAt, "malformed import kind");
            }
        }
    }
}
