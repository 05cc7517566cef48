package dev.wasm4j.internal.text;

/**
 * Parses instruction sequences, plain and folded, and encodes them as it goes; symbolic indices
 * and labels are resolved on the spot.
 */
final class InstructionParser {
    private final ModuleContext ctx;
    private final TypeUses typeUses;
    private final TokenCursor c;
    private final TokenList tokens;
    private final LabelScope labels;
    private final Immediates immediates;

    InstructionParser(ModuleContext ctx, TypeParser types, TypeUses typeUses, TokenCursor c, Locals locals) {
        this.ctx = ctx;
        this.typeUses = typeUses;
        this.c = c;
        this.tokens = c.tokens;
        this.labels = new LabelScope(tokens);
        this.immediates = new Immediates(ctx, types, typeUses, c, locals, labels);
    }

    /** Parses instructions up to a ')' or a keyword that ends a block, emitting them into out. */
    void instructions(ByteWriter out) {
        while (true) {
            Token t = c.peek();
            switch (t.kind()) {
                case LPAREN -> folded(out);
                case KEYWORD -> {
                    if (endsBlock(t)) {
                        return;
                    }
                    plain(out);
                }
                case RPAREN, EOF -> {
                    return;
                }
                default -> throw c.unexpected();
            }
        }
    }

    /** Parses exactly one folded instruction (an abbreviated offset or element item). */
    void singleFolded(ByteWriter out) {
        if (!c.atLParen()) {
            throw c.unexpected();
        }
        folded(out);
    }

    private boolean endsBlock(Token t) {
        return tokens.textEquals(t, "end") || tokens.textEquals(t, "else") || tokens.textEquals(t, "catch")
                || tokens.textEquals(t, "catch_all") || tokens.textEquals(t, "delegate");
    }

    private Opcodes.Op opcode(Token t) {
        Opcodes.Op op = t.kind() == TokenKind.KEYWORD ? Opcodes.get(tokens.text(t)) : null;
        if (op == null) {
            throw TokenCursor.unexpected(t, tokens);
        }
        return op;
    }

    private void plain(ByteWriter out) {
        Opcodes.Op op = opcode(c.peek());
        c.next();
        switch (op.imm()) {
            case BLOCK -> {
                String label = c.optId();
                op.encode(out);
                typeUses.blockType(c, out);
                labels.push(label);
                instructions(out);
                expectEnd(label);
                labels.pop();
                out.u8(0x0B);
            }
            case IF -> {
                String label = c.optId();
                op.encode(out);
                typeUses.blockType(c, out);
                labels.push(label);
                instructions(out);
                if (c.atKeyword("else")) {
                    c.next();
                    checkLabel(label);
                    elseBranch(out);
                }
                expectEnd(label);
                labels.pop();
                out.u8(0x0B);
            }
            case TRY_TABLE -> {
                String label = c.optId();
                op.encode(out);
                typeUses.blockType(c, out);
                catchClauses(out);
                labels.push(label);
                instructions(out);
                expectEnd(label);
                labels.pop();
                out.u8(0x0B);
            }
            case TRY -> legacyTry(out);
            default -> immediates.encode(op, out);
        }
    }

    /** An else branch; an empty one is left out of the binary, as the reference encoder does. */
    private void elseBranch(ByteWriter out) {
        ByteWriter body = new ByteWriter(32);
        instructions(body);
        if (body.size() > 0) {
            out.u8(0x05).append(body);
        }
    }

    private void expectEnd(String label) {
        c.expectKeyword("end");
        checkLabel(label);
    }

    /** An optional id repeated after {@code end} or {@code else} must name the block. */
    private void checkLabel(String label) {
        if (c.peekKind() == TokenKind.ID) {
            Token t = c.next();
            if (!tokens.idName(t).equals(label)) {
                throw c.error(t, "mismatching label");
            }
        }
    }

    private void legacyTry(ByteWriter out) {
        String label = c.optId();
        out.u8(0x06);
        typeUses.blockType(c, out);
        labels.push(label);
        instructions(out);
        boolean caught = false;
        while (c.atKeyword("catch") || c.atKeyword("catch_all")) {
            caught = true;
            if (c.atKeyword("catch")) {
                c.next();
                out.u8(0x07).u32(ctx.tags.resolve(c.next(), tokens));
            } else {
                c.next();
                out.u8(0x19);
            }
            instructions(out);
        }
        if (c.atKeyword("delegate") && !caught) {
            c.next();
            labels.pop();
            out.u8(0x18).u32(labels.resolve(c.next()));
            return;
        }
        expectEnd(label);
        labels.pop();
        out.u8(0x0B);
    }

    /** The catch clauses of try_table; their labels are resolved outside the try_table. */
    private void catchClauses(ByteWriter out) {
        ByteWriter clauses = new ByteWriter();
        int count = 0;
        while (true) {
            String kw = c.sexprKeyword();
            if (kw == null) {
                break;
            }
            switch (kw) {
                case "catch", "catch_ref" -> {
                    c.expectLParen();
                    c.next();
                    clauses.u8(kw.equals("catch") ? 0 : 1);
                    clauses.u32(ctx.tags.resolve(c.next(), tokens));
                    clauses.u32(labels.resolve(c.next()));
                }
                case "catch_all", "catch_all_ref" -> {
                    c.expectLParen();
                    c.next();
                    clauses.u8(kw.equals("catch_all") ? 2 : 3);
                    clauses.u32(labels.resolve(c.next()));
                }
                default -> {
                    out.u32(count).append(clauses);
                    return;
                }
            }
            c.expectRParen();
            count++;
        }
        out.u32(count).append(clauses);
    }

    private void folded(ByteWriter out) {
        c.expectLParen();
        Token head = c.peek();
        Opcodes.Op op = opcode(head);
        c.next();
        switch (op.imm()) {
            case BLOCK -> {
                String label = c.optId();
                op.encode(out);
                typeUses.blockType(c, out);
                labels.push(label);
                instructions(out);
                labels.pop();
                out.u8(0x0B);
            }
            case IF -> foldedIf(out);
            case TRY_TABLE -> {
                String label = c.optId();
                op.encode(out);
                typeUses.blockType(c, out);
                catchClauses(out);
                labels.push(label);
                instructions(out);
                labels.pop();
                out.u8(0x0B);
            }
            case TRY -> foldedTry(out);
            default -> {
                ByteWriter self = new ByteWriter(16);
                immediates.encode(op, self);
                while (c.atLParen()) {
                    folded(out);
                }
                out.append(self);
            }
        }
        c.expectRParen();
    }

    private void foldedIf(ByteWriter out) {
        String label = c.optId();
        ByteWriter blockType = new ByteWriter(8);
        typeUses.blockType(c, blockType);
        // The condition is evaluated before the if, outside its label.
        while (c.atLParen() && !c.atSExpr("then")) {
            folded(out);
        }
        out.u8(0x04).append(blockType);
        labels.push(label);
        c.expectSExpr("then");
        instructions(out);
        c.expectRParen();
        if (c.atSExpr("else")) {
            c.expectSExpr("else");
            elseBranch(out);
            c.expectRParen();
        }
        labels.pop();
        out.u8(0x0B);
    }

    private void foldedTry(ByteWriter out) {
        String label = c.optId();
        out.u8(0x06);
        typeUses.blockType(c, out);
        labels.push(label);
        c.expectSExpr("do");
        instructions(out);
        c.expectRParen();
        boolean caught = false;
        while (c.atSExpr("catch")) {
            caught = true;
            c.expectSExpr("catch");
            out.u8(0x07).u32(ctx.tags.resolve(c.next(), tokens));
            instructions(out);
            c.expectRParen();
        }
        if (c.atSExpr("catch_all")) {
            caught = true;
            c.expectSExpr("catch_all");
            out.u8(0x19);
            instructions(out);
            c.expectRParen();
        }
        if (c.atSExpr("delegate") && !caught) {
            c.expectSExpr("delegate");
            labels.pop();
            out.u8(0x18).u32(labels.resolve(c.next()));
            c.expectRParen();
            return;
        }
        labels.pop();
        out.u8(0x0B);
    }
}
