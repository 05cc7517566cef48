package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Second pass over a module: encodes each field, in source order, into its section. Source order
 * matters because inline type uses append function types in the order they appear.
 */
final class ModuleEncoder {
    private final ModuleContext ctx;
    private final TokenList tokens;
    private final TypeParser types;
    private final TypeUses typeUses;
    private final ModuleBuilder out = new ModuleBuilder();
    private int funcIndex;
    private int tableIndex;
    private int memoryIndex;
    private int globalIndex;
    private int tagIndex;

    ModuleEncoder(ModuleContext ctx, TypeParser types) {
        this.ctx = ctx;
        this.tokens = ctx.tokens;
        this.types = types;
        this.typeUses = new TypeUses(ctx, types);
    }

    ModuleBuilder builder() {
        return out;
    }

    void encode(ModuleScanner.Field f) {
        TokenCursor c = new TokenCursor(tokens, f.start());
        switch (f.kind()) {
            case "type", "rec" -> c.pos = f.end(); // encoded from the type table
            case "import" -> importField(c);
            case "func" -> func(c);
            case "table" -> table(c);
            case "memory" -> memory(c);
            case "global" -> global(c);
            case "tag" -> tag(c);
            case "export" -> export(c);
            case "start" -> {
                c.expectSExpr("start");
                out.startFunction = ctx.funcs.resolve(c.next(), tokens);
                c.expectRParen();
            }
            case "elem" -> elem(c);
            case "data" -> data(c);
            default -> throw new IllegalStateException(f.kind());
        }
        if (c.pos != f.end()) {
            throw c.unexpected();
        }
    }

    private InstructionParser instructions(TokenCursor c, Locals locals) {
        return new InstructionParser(ctx, types, typeUses, c, locals);
    }

    private void constExpr(TokenCursor c, ByteWriter w) {
        instructions(c, null).instructions(w);
        w.u8(0x0B);
    }

    /** Inline exports {@code (export "name")*} of a definition with the given index. */
    private void inlineExports(TokenCursor c, int kind, int index) {
        while (c.atSExpr("export")) {
            c.expectSExpr("export");
            byte[] name = c.name();
            c.expectRParen();
            out.exports.add().name(name).u8(kind).u32(index);
        }
    }

    /** An inline {@code (import "m" "n")}: starts the import entry, or returns null if absent. */
    private ByteWriter inlineImport(TokenCursor c) {
        if (!c.atSExpr("import")) {
            return null;
        }
        c.expectSExpr("import");
        byte[] module = c.name();
        byte[] name = c.name();
        c.expectRParen();
        return out.imports.add().name(module).name(name);
    }

    private void importField(TokenCursor c) {
        c.expectSExpr("import");
        byte[] module = c.name();
        byte[] name = c.name();
        c.expectLParen();
        String kind = c.keyword();
        c.optId();
        ByteWriter w = out.imports.add().name(module).name(name);
        switch (kind) {
            case "func" -> funcImportType(c, w);
            case "table" -> {
                tableIndex++;
                w.u8(0x01);
                tableType(c, w);
            }
            case "memory" -> {
                memoryIndex++;
                w.u8(0x02);
                memoryType(c, w);
            }
            case "global" -> {
                globalIndex++;
                w.u8(0x03);
                globalType(c, w);
            }
            case "tag" -> {
                tagIndex++;
                w.u8(0x04).u8(0x00).u32(typeUses.parse(c, true).index());
            }
            default -> throw new IllegalStateException(kind);
        }
        c.expectRParen();
        c.expectRParen();
    }

    private void funcImportType(TokenCursor c, ByteWriter w) {
        funcIndex++;
        if (c.atSExpr("exact")) {
            // Custom descriptors: an import of exactly this function type.
            c.expectSExpr("exact");
            w.u8(0x20).u32(typeUses.parse(c, true).index());
            c.expectRParen();
        } else {
            w.u8(0x00).u32(typeUses.parse(c, true).index());
        }
    }

    private void func(TokenCursor c) {
        c.expectSExpr("func");
        c.optId();
        int index = funcIndex;
        inlineExports(c, 0x00, index);
        ByteWriter imported = inlineImport(c);
        if (imported != null) {
            funcImportType(c, imported);
            c.expectRParen();
            return;
        }
        funcIndex++;
        TypeUses.TypeUse use = typeUses.parse(c, true);
        out.functions.add().u32(use.index());
        Locals locals = new Locals();
        for (int i = 0; i < use.paramNames().size(); i++) {
            locals.space.add(use.paramNames().get(i), use.nameTokens().get(i), tokens);
        }
        while (c.atSExpr("local")) {
            c.expectSExpr("local");
            if (c.peekKind() == TokenKind.ID) {
                Token at = c.peek();
                String id = c.optId();
                locals.space.add(id, at, tokens);
                locals.declared.add(types.valType(c));
            } else {
                while (!c.atRParen()) {
                    locals.space.add(null, null, tokens);
                    locals.declared.add(types.valType(c));
                }
            }
            c.expectRParen();
        }
        ByteWriter body = new ByteWriter(64);
        locals.encode(body);
        instructions(c, locals).instructions(body);
        body.u8(0x0B);
        c.expectRParen();
        out.code.add().sized(body);
    }

    private static boolean atAddressType(TokenCursor c) {
        return c.atKeyword("i32") || c.atKeyword("i64");
    }

    /** {@code i64?}: true if the address type is i64. */
    private static boolean addressType(TokenCursor c) {
        if (atAddressType(c)) {
            return c.tokens.text(c.next()).equals("i64");
        }
        return false;
    }

    /** Limits {@code min max?}; returns the flag bit for a maximum and writes min and max. */
    private int limits(TokenCursor c, ByteWriter w) {
        // Limits are read as u64 whatever the address type; validation checks the range.
        w.u64(TokenCursor.u64(c.nat(), tokens));
        if (c.peekKind() == TokenKind.NAT) {
            w.u64(TokenCursor.u64(c.nat(), tokens));
            return 1;
        }
        return 0;
    }

    /** {@code addrtype? limits reftype}, encoded as reftype then limits. */
    private void tableType(TokenCursor c, ByteWriter w) {
        boolean i64 = addressType(c);
        ByteWriter lim = new ByteWriter(16);
        int hasMax = limits(c, lim);
        types.refType(c).valType().encode(w);
        w.u8(hasMax | (i64 ? 4 : 0)).append(lim);
    }

    /** {@code addrtype? limits shared? (pagesize n)?}. */
    private void memoryType(TokenCursor c, ByteWriter w) {
        boolean i64 = addressType(c);
        ByteWriter lim = new ByteWriter(16);
        int flags = limits(c, lim) | (i64 ? 4 : 0);
        int pageSizeLog2 = -1;
        while (true) {
            if (c.atKeyword("shared")) {
                c.next();
                flags |= 2;
            } else if (c.atKeyword("unshared")) {
                c.next();
            } else if (c.atSExpr("pagesize")) {
                pageSizeLog2 = pageSize(c);
                flags |= 8;
            } else {
                break;
            }
        }
        w.u8(flags).append(lim);
        if (pageSizeLog2 >= 0) {
            w.u32(pageSizeLog2);
        }
    }

    /** {@code (pagesize n)}: n must be a power of two; returns its log2. */
    private int pageSize(TokenCursor c) {
        c.expectSExpr("pagesize");
        Token t = c.peek();
        long size = TokenCursor.u64(c.nat(), tokens);
        if (size == 0 || (size & (size - 1)) != 0) {
            throw c.error(t, "invalid custom page size");
        }
        c.expectRParen();
        return Long.numberOfTrailingZeros(size);
    }

    private void globalType(TokenCursor c, ByteWriter w) {
        if (c.atSExpr("mut")) {
            c.expectSExpr("mut");
            types.valType(c).encode(w);
            c.expectRParen();
            w.u8(1);
        } else {
            types.valType(c).encode(w);
            w.u8(0);
        }
    }

    private void table(TokenCursor c) {
        c.expectSExpr("table");
        c.optId();
        int index = tableIndex++;
        inlineExports(c, 0x01, index);
        ByteWriter imported = inlineImport(c);
        if (imported != null) {
            imported.u8(0x01);
            tableType(c, imported);
            c.expectRParen();
            return;
        }
        if (c.peekKind() == TokenKind.NAT || (atAddressType(c) && c.peek(1).kind() == TokenKind.NAT)) {
            ByteWriter tt = new ByteWriter(16);
            tableType(c, tt);
            ByteWriter w = out.tables.add();
            if (c.atRParen()) {
                w.append(tt);
            } else {
                // A table with an initialiser expression for its elements.
                w.u8(0x40).u8(0x00).append(tt);
                constExpr(c, w);
            }
            c.expectRParen();
            return;
        }
        // (table $t i64? reftype (elem ...)): limits come from the number of elements.
        boolean i64 = addressType(c);
        TypeParser.RefType rt = types.refType(c);
        c.expectSExpr("elem");
        boolean indices = c.atIndex();
        List<byte[]> items = elemItems(c, false);
        c.expectRParen();
        c.expectRParen();
        ByteWriter w = out.tables.add();
        rt.valType().encode(w);
        w.u8(1 | (i64 ? 4 : 0)).u64(items.size()).u64(items.size());
        ByteWriter offset = new ByteWriter(4);
        offset.u8(i64 ? 0x42 : 0x41).u8(0).u8(0x0B);
        new ElementSegment(ElementSegment.Mode.ACTIVE, index, offset, rt.valType(), items, indices)
                .encode(out.elems.add());
    }

    private void memory(TokenCursor c) {
        c.expectSExpr("memory");
        c.optId();
        int index = memoryIndex++;
        inlineExports(c, 0x02, index);
        ByteWriter imported = inlineImport(c);
        if (imported != null) {
            imported.u8(0x02);
            memoryType(c, imported);
            c.expectRParen();
            return;
        }
        int save = c.pos;
        boolean i64 = addressType(c);
        int pageSizeLog2 = -1;
        if (c.atSExpr("pagesize")) {
            pageSizeLog2 = pageSize(c);
        }
        if (!c.atSExpr("data")) {
            c.pos = save;
            memoryType(c, out.memories.add());
            c.expectRParen();
            return;
        }
        // (memory $m i64? (pagesize n)? (data ...)): limits come from the data length.
        c.expectSExpr("data");
        ByteWriter bytes = new ByteWriter();
        while (!c.atRParen()) {
            bytes.bytes(c.string());
        }
        c.expectRParen();
        c.expectRParen();
        long pageSize = pageSizeLog2 < 0 ? 65536 : 1L << pageSizeLog2;
        long pages = (bytes.size() + pageSize - 1) / pageSize;
        ByteWriter w = out.memories.add();
        w.u8(1 | (i64 ? 4 : 0) | (pageSizeLog2 >= 0 ? 8 : 0)).u64(pages).u64(pages);
        if (pageSizeLog2 >= 0) {
            w.u32(pageSizeLog2);
        }
        ByteWriter d = out.datas.add();
        if (index == 0) {
            d.u8(0x00);
        } else {
            d.u8(0x02).u32(index);
        }
        d.u8(i64 ? 0x42 : 0x41).u8(0).u8(0x0B);
        d.name(bytes.toByteArray());
    }

    private void global(TokenCursor c) {
        c.expectSExpr("global");
        c.optId();
        int index = globalIndex++;
        inlineExports(c, 0x03, index);
        ByteWriter imported = inlineImport(c);
        if (imported != null) {
            imported.u8(0x03);
            globalType(c, imported);
            c.expectRParen();
            return;
        }
        ByteWriter w = out.globals.add();
        globalType(c, w);
        constExpr(c, w);
        c.expectRParen();
    }

    private void tag(TokenCursor c) {
        c.expectSExpr("tag");
        c.optId();
        int index = tagIndex++;
        inlineExports(c, 0x04, index);
        ByteWriter imported = inlineImport(c);
        int type = typeUses.parse(c, true).index();
        if (imported != null) {
            imported.u8(0x04).u8(0x00).u32(type);
        } else {
            out.tags.add().u8(0x00).u32(type);
        }
        c.expectRParen();
    }

    private void export(TokenCursor c) {
        c.expectSExpr("export");
        byte[] name = c.name();
        c.expectLParen();
        Token kindToken = c.peek();
        String kind = c.keyword();
        int kindCode;
        IndexSpace space;
        switch (kind) {
            case "func" -> {
                kindCode = 0;
                space = ctx.funcs;
            }
            case "table" -> {
                kindCode = 1;
                space = ctx.tables;
            }
            case "memory" -> {
                kindCode = 2;
                space = ctx.memories;
            }
            case "global" -> {
                kindCode = 3;
                space = ctx.globals;
            }
            case "tag" -> {
                kindCode = 4;
                space = ctx.tags;
            }
            default -> throw TokenCursor.unexpected(kindToken, tokens);
        }
        int index = space.resolve(c.next(), tokens);
        c.expectRParen();
        c.expectRParen();
        out.exports.add().name(name).u8(kindCode).u32(index);
    }

    private void elem(TokenCursor c) {
        c.expectSExpr("elem");
        c.optId();
        ElementSegment.Mode mode = ElementSegment.Mode.PASSIVE;
        int table = 0;
        ByteWriter offset = null;
        if (c.atKeyword("declare")) {
            c.next();
            mode = ElementSegment.Mode.DECLARATIVE;
        } else if (c.atSExpr("table") || c.peekKind() == TokenKind.NAT
                || (c.atLParen() && !c.atSExpr("ref") && !c.atSExpr("item"))) {
            mode = ElementSegment.Mode.ACTIVE;
            if (c.atSExpr("table")) {
                c.expectSExpr("table");
                table = ctx.tables.resolve(c.next(), tokens);
                c.expectRParen();
            } else if (c.peekKind() == TokenKind.NAT) {
                table = ctx.tables.resolve(c.next(), tokens);
            }
            offset = offset(c);
        }
        ValType type = ElementSegment.FUNCREF;
        List<byte[]> items;
        boolean indices = true;
        if (c.atKeyword("func")) {
            c.next();
            items = elemItems(c, true);
        } else if (types.atValType(c)) {
            type = types.refType(c).valType();
            indices = c.atIndex();
            items = elemItems(c, false);
        } else if (mode == ElementSegment.Mode.ACTIVE) {
            // The MVP abbreviation: an offset followed directly by function indices.
            items = elemItems(c, true);
        } else {
            throw c.unexpected();
        }
        c.expectRParen();
        new ElementSegment(mode, table, offset, type, items, indices).encode(out.elems.add());
    }

    /** {@code (offset instr*)} or a single folded instruction. */
    private ByteWriter offset(TokenCursor c) {
        ByteWriter w = new ByteWriter(8);
        if (c.atSExpr("offset")) {
            c.expectSExpr("offset");
            constExpr(c, w);
            c.expectRParen();
        } else {
            instructions(c, null).singleFolded(w);
            w.u8(0x0B);
        }
        return w;
    }

    /**
     * Element items: function indices if {@code indices}, else expressions, each
     * {@code (item instr*)} or one folded instruction. Reads up to the closing ')'.
     */
    private List<byte[]> elemItems(TokenCursor c, boolean indices) {
        List<byte[]> exprs = new ArrayList<>();
        if (indices || c.atIndex()) {
            while (c.atIndex()) {
                ByteWriter w = new ByteWriter(8);
                w.u8(0xD2).u32(ctx.funcs.resolve(c.next(), tokens)).u8(0x0B);
                exprs.add(w.toByteArray());
            }
        } else {
            while (c.atLParen()) {
                ByteWriter w = new ByteWriter(8);
                if (c.atSExpr("item")) {
                    c.expectSExpr("item");
                    constExpr(c, w);
                    c.expectRParen();
                } else {
                    instructions(c, null).singleFolded(w);
                    w.u8(0x0B);
                }
                exprs.add(w.toByteArray());
            }
        }
        return exprs;
    }

    private void data(TokenCursor c) {
        c.expectSExpr("data");
        c.optId();
        ByteWriter w = out.datas.add();
        if (c.atSExpr("memory") || c.peekKind() == TokenKind.NAT || c.atLParen()) {
            int memory = 0;
            if (c.atSExpr("memory")) {
                c.expectSExpr("memory");
                memory = ctx.memories.resolve(c.next(), tokens);
                c.expectRParen();
            } else if (c.peekKind() == TokenKind.NAT) {
                memory = ctx.memories.resolve(c.next(), tokens);
            }
            ByteWriter offset = offset(c);
            if (memory == 0) {
                w.u8(0x00);
            } else {
                w.u8(0x02).u32(memory);
            }
            w.append(offset);
        } else {
            w.u8(0x01);
        }
        ByteWriter bytes = new ByteWriter();
        while (!c.atRParen()) {
            bytes.bytes(c.string());
        }
        c.expectRParen();
        w.name(bytes.toByteArray());
    }
}
