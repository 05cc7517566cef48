package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * First pass over a module: finds the fields, binds every id in its index space (so later fields
 * can refer to earlier and later definitions alike), checks that imports precede definitions, and
 * parses all type definitions (type uses elsewhere need them).
 */
final class ModuleScanner {
    /** One module field: its keyword and token range ['(' index, index after ')'). */
    record Field(String kind, int start, int end) {}

    private final ModuleContext ctx;
    private final TokenList tokens;
    private final TypeParser types;
    private String lastDefinition;
    private int starts;

    ModuleScanner(ModuleContext ctx, TypeParser types) {
        this.ctx = ctx;
        this.tokens = ctx.tokens;
        this.types = types;
    }

    /** Reads fields from {@code from} until a ')' or the end of input; returns them in order. */
    List<Field> scan(int from) {
        TokenCursor c = new TokenCursor(tokens, from);
        List<Field> fields = new ArrayList<>();
        while (!c.atRParen() && c.peekKind() != TokenKind.EOF) {
            int start = c.pos;
            if (!c.atLParen()) {
                throw c.unexpected();
            }
            Token kw = c.peek(1);
            String kind = kw.kind() == TokenKind.KEYWORD ? tokens.text(kw) : null;
            if (kind == null || !isFieldKeyword(kind)) {
                throw TokenCursor.unexpected(kw, tokens);
            }
            c.skipSExpr();
            fields.add(new Field(kind, start, c.pos));
        }
        for (Field f : fields) {
            bind(f);
        }
        for (Field f : fields) {
            if (f.kind().equals("type") || f.kind().equals("rec")) {
                defineTypes(f);
            }
        }
        return fields;
    }

    static boolean isFieldKeyword(String kw) {
        return switch (kw) {
            case "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem",
                    "data" -> true;
            default -> false;
        };
    }

    private void bind(Field f) {
        TokenCursor c = new TokenCursor(tokens, f.start() + 2);
        switch (f.kind()) {
            case "type" -> ctx.types.add(c.optId(), tokens.get(f.start() + 2), tokens);
            case "rec" -> {
                while (c.atSExpr("type")) {
                    int open = c.pos;
                    c.pos += 2;
                    Token at = c.peek();
                    ctx.types.add(c.optId(), at, tokens);
                    c.pos = open;
                    c.skipSExpr();
                }
            }
            case "import" -> {
                c.string();
                c.string();
                if (!c.atLParen()) {
                    throw c.unexpected();
                }
                Token kindToken = c.peek(1);
                String kind = tokens.text(kindToken);
                IndexSpace space = spaceOf(kind);
                if (space == null) {
                    throw TokenCursor.unexpected(kindToken, tokens);
                }
                checkImportOrder(tokens.get(f.start()));
                c.pos += 2;
                Token at = c.peek();
                space.add(c.optId(), at, tokens);
            }
            case "func", "table", "memory", "global", "tag" -> bindDefinition(f, c);
            case "elem", "data" -> {
                Token at = c.peek();
                (f.kind().equals("elem") ? ctx.elems : ctx.datas).add(c.optId(), at, tokens);
            }
            case "start" -> {
                if (++starts > 1) {
                    throw tokens.error(tokens.get(f.start()), "multiple start sections");
                }
            }
            default -> {
            }
        }
    }

    private void bindDefinition(Field f, TokenCursor c) {
        Token at = c.peek();
        String id = c.optId();
        spaceOf(f.kind()).add(id, at, tokens);
        boolean imported = false;
        while (c.atSExpr("export") || c.atSExpr("import")) {
            imported |= c.atSExpr("import");
            c.skipSExpr();
        }
        if (!imported && (f.kind().equals("table") || f.kind().equals("memory"))) {
            // An inline segment: (table $t i64? reftype (elem ...)) or (memory $m i64? (data ...)).
            String segment = f.kind().equals("table") ? "elem" : "data";
            while (!c.atRParen() && c.peekKind() != TokenKind.EOF) {
                if (c.atSExpr(segment)) {
                    (segment.equals("elem") ? ctx.elems : ctx.datas).add(null, at, tokens);
                    break;
                }
                if (c.atLParen()) {
                    c.skipSExpr();
                } else {
                    c.next();
                }
            }
        }
        if (imported) {
            checkImportOrder(tokens.get(f.start()));
        } else {
            lastDefinition = f.kind();
        }
    }

    private void checkImportOrder(Token at) {
        if (lastDefinition != null) {
            String what = lastDefinition.equals("func") ? "function" : lastDefinition;
            throw tokens.error(at, "import after " + what);
        }
    }

    private IndexSpace spaceOf(String kind) {
        return switch (kind) {
            case "func" -> ctx.funcs;
            case "table" -> ctx.tables;
            case "memory" -> ctx.memories;
            case "global" -> ctx.globals;
            case "tag" -> ctx.tags;
            default -> null;
        };
    }

    private void defineTypes(Field f) {
        TokenCursor c = new TokenCursor(tokens, f.start());
        if (f.kind().equals("type")) {
            c.expectSExpr("type");
            c.optId();
            SubType st = types.subType(c);
            c.expectRParen();
            ctx.typeTable.addGroup(List.of(st));
            return;
        }
        c.expectSExpr("rec");
        List<SubType> group = new ArrayList<>();
        while (c.atSExpr("type")) {
            c.expectSExpr("type");
            c.optId();
            group.add(types.subType(c));
            c.expectRParen();
        }
        c.expectRParen();
        ctx.typeTable.addGroup(group);
    }
}
