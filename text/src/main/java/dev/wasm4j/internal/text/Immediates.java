package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses and encodes the opcode and immediates of one non-block instruction. */
final class Immediates {
    private final ModuleContext ctx;
    private final TypeParser types;
    private final TypeUses typeUses;
    private final TokenCursor c;
    private final TokenList tokens;
    /** Parameters and locals, or null in constant expressions. */
    private final Locals locals;
    private final LabelScope labels;

    Immediates(ModuleContext ctx, TypeParser types, TypeUses typeUses, TokenCursor c, Locals locals,
            LabelScope labels) {
        this.ctx = ctx;
        this.types = types;
        this.typeUses = typeUses;
        this.c = c;
        this.tokens = c.tokens;
        this.locals = locals;
        this.labels = labels;
    }

    private int label() {
        return labels.resolve(c.next());
    }

    private int index(IndexSpace space) {
        return space.resolve(c.next(), tokens);
    }

    private int optionalIndex(IndexSpace space) {
        return c.atIndex() ? index(space) : 0;
    }

    /** Writes the instruction's opcode and immediates, read from the cursor. */
    void encode(Opcodes.Op op, ByteWriter out) {
        switch (op.imm()) {
            case NONE -> op.encode(out);
            case LABEL -> {
                op.encode(out);
                out.u32(label());
            }
            case BR_TABLE -> {
                List<Integer> targets = new ArrayList<>();
                while (c.atIndex()) {
                    targets.add(label());
                }
                if (targets.isEmpty()) {
                    throw c.unexpected();
                }
                op.encode(out);
                out.u32(targets.size() - 1);
                targets.forEach(out::u32);
            }
            case FUNC -> {
                op.encode(out);
                out.u32(index(ctx.funcs));
            }
            case CALL_INDIRECT -> {
                int table = optionalIndex(ctx.tables);
                int type = typeUses.parse(c, false).index();
                op.encode(out);
                out.u32(type).u32(table);
            }
            case TYPE -> {
                op.encode(out);
                out.u32(types.typeIndex(c));
            }
            case TYPE_TYPE -> {
                op.encode(out);
                out.u32(types.typeIndex(c));
                out.u32(types.typeIndex(c));
            }
            case TYPE_FIELD -> {
                op.encode(out);
                int type = types.typeIndex(c);
                out.u32(type);
                out.u32(field(type));
            }
            case TYPE_COUNT -> {
                op.encode(out);
                out.u32(types.typeIndex(c));
                out.u32(c.u32());
            }
            case TYPE_DATA -> {
                op.encode(out);
                out.u32(types.typeIndex(c));
                out.u32(index(ctx.datas));
                ctx.usesDataIndices = true;
            }
            case TYPE_ELEM -> {
                op.encode(out);
                out.u32(types.typeIndex(c));
                out.u32(index(ctx.elems));
            }
            case LOCAL -> {
                op.encode(out);
                out.u32(local());
            }
            case GLOBAL -> {
                op.encode(out);
                out.u32(index(ctx.globals));
            }
            case TABLE -> {
                op.encode(out);
                out.u32(optionalIndex(ctx.tables));
            }
            case TABLE_TABLE -> {
                int dst = 0;
                int src = 0;
                if (c.atIndex()) {
                    dst = index(ctx.tables);
                    src = index(ctx.tables);
                }
                op.encode(out);
                out.u32(dst).u32(src);
            }
            case TABLE_INIT -> {
                Token first = c.next();
                int table = 0;
                int elem;
                if (c.atIndex()) {
                    table = ctx.tables.resolve(first, tokens);
                    elem = index(ctx.elems);
                } else {
                    elem = ctx.elems.resolve(first, tokens);
                }
                op.encode(out);
                out.u32(elem).u32(table);
            }
            case ELEM -> {
                op.encode(out);
                out.u32(index(ctx.elems));
            }
            case DATA -> {
                op.encode(out);
                out.u32(index(ctx.datas));
                ctx.usesDataIndices = true;
            }
            case MEMARG -> {
                op.encode(out);
                memarg(op, out, false);
            }
            case MEMARG_LANE -> {
                op.encode(out);
                memarg(op, out, true);
                out.u8(laneIndex());
            }
            case MEMORY -> {
                op.encode(out);
                out.u32(optionalIndex(ctx.memories));
            }
            case MEMORY_MEMORY -> {
                int dst = 0;
                int src = 0;
                if (c.atIndex()) {
                    dst = index(ctx.memories);
                    src = index(ctx.memories);
                }
                op.encode(out);
                out.u32(dst).u32(src);
            }
            case MEMORY_INIT -> {
                Token first = c.next();
                int memory = 0;
                int data;
                if (c.atIndex()) {
                    memory = ctx.memories.resolve(first, tokens);
                    data = index(ctx.datas);
                } else {
                    data = ctx.datas.resolve(first, tokens);
                }
                op.encode(out);
                out.u32(data).u32(memory);
                ctx.usesDataIndices = true;
            }
            case I32 -> {
                op.encode(out);
                out.s32(Literals.i32(c.next(), tokens));
            }
            case I64 -> {
                op.encode(out);
                out.s64(Literals.i64(c.next(), tokens));
            }
            case F32 -> {
                op.encode(out);
                out.f32(Literals.f32(c.next(), tokens));
            }
            case F64 -> {
                op.encode(out);
                out.f64(Literals.f64(c.next(), tokens));
            }
            case V128 -> {
                op.encode(out);
                out.bytes(Literals.v128(c));
            }
            case SELECT -> {
                List<ValType> results = new ArrayList<>();
                boolean typed = false;
                while (c.atSExpr("result")) {
                    typed = true;
                    c.expectSExpr("result");
                    while (!c.atRParen()) {
                        results.add(types.valType(c));
                    }
                    c.expectRParen();
                }
                if (typed) {
                    out.u8(0x1C).u32(results.size());
                    results.forEach(t -> t.encode(out));
                } else {
                    op.encode(out);
                }
            }
            case HEAP_TYPE -> {
                op.encode(out);
                out.bytes(types.heapType(c));
            }
            case REF_TYPE -> {
                TypeParser.RefType rt = types.refType(c);
                // Casts come in two opcodes, one per nullability of the target type.
                out.u8(op.prefix()).u32(rt.nullable() ? op.nullableCode() : op.code());
                out.bytes(rt.heapType());
            }
            case BR_ON_CAST -> {
                int label = label();
                TypeParser.RefType from = types.refType(c);
                TypeParser.RefType to = types.refType(c);
                op.encode(out);
                out.u8((from.nullable() ? 1 : 0) | (to.nullable() ? 2 : 0));
                out.u32(label);
                out.bytes(from.heapType());
                out.bytes(to.heapType());
            }
            case LANE -> {
                op.encode(out);
                out.u8(laneIndex());
            }
            case SHUFFLE -> {
                op.encode(out);
                int start = c.pos;
                int n = 0;
                while (c.peek(n).isNumber()) {
                    n++;
                }
                if (n != 16) {
                    throw c.error(c.peek(Math.min(n, 16)), "invalid lane length");
                }
                for (int i = 0; i < 16; i++) {
                    Token t = c.next();
                    long lane = -1;
                    if (t.kind() == TokenKind.NAT) {
                        try {
                            lane = IntLiterals.unsigned(tokens.text(t), 8);
                        } catch (ArithmeticException e) {
                            lane = -1;
                        }
                    }
                    if (lane < 0) {
                        throw c.error(t, "i8 constant out of range");
                    }
                    out.u8((int) lane);
                }
                assert c.pos == start + 16;
            }
            case TAG -> {
                op.encode(out);
                out.u32(index(ctx.tags));
            }
            case FENCE -> {
                op.encode(out);
                out.u8(0);
            }
            default -> throw new IllegalStateException("block instruction as plain: " + op.name());
        }
    }

    private int local() {
        Token t = c.next();
        if (locals == null) {
            if (t.kind() == TokenKind.NAT) {
                return TokenCursor.u32(t, tokens);
            }
            throw c.error(t, "unknown local");
        }
        return locals.space.resolve(t, tokens);
    }

    /** A struct field: an id bound in the struct type's definition, or an index. */
    private int field(int type) {
        Token t = c.next();
        if (t.kind() == TokenKind.ID) {
            SubType st = ctx.typeTable.get(type & 0xFFFFFFFFL);
            Integer index = st == null ? null : st.fieldNames().get(tokens.idName(t));
            if (index == null) {
                throw c.error(t, "unknown field");
            }
            return index;
        }
        if (t.kind() == TokenKind.NAT) {
            return TokenCursor.u32(t, tokens);
        }
        throw TokenCursor.unexpected(t, tokens);
    }

    private int laneIndex() {
        Token t = c.peek();
        if (t.kind() != TokenKind.NAT) {
            throw c.unexpected();
        }
        c.next();
        try {
            return (int) IntLiterals.unsigned(tokens.text(t), 8);
        } catch (ArithmeticException e) {
            throw c.error(t, "i8 constant out of range");
        }
    }

    /**
     * {@code memidx? offset=? align=?}. For lane instructions a lone number is the lane index,
     * so a number only counts as memory index if another number or memarg keyword follows.
     */
    private void memarg(Opcodes.Op op, ByteWriter out, boolean laneFollows) {
        int memory = 0;
        Token t = c.peek();
        if (t.kind() == TokenKind.ID) {
            memory = index(ctx.memories);
        } else if (t.kind() == TokenKind.NAT && (!laneFollows || startsMemargRest(c.peek(1)))) {
            memory = index(ctx.memories);
        }
        long offset = 0;
        int alignment = op.alignment();
        if (c.peekKind() == TokenKind.KEYWORD && tokens.text(c.peek()).startsWith("offset=")) {
            offset = memargValue(c.next(), "offset=".length());
        }
        if (c.peekKind() == TokenKind.KEYWORD && tokens.text(c.peek()).startsWith("align=")) {
            Token alignToken = c.peek();
            long align = memargValue(c.next(), "align=".length());
            if (align == 0 || (align & (align - 1)) != 0) {
                throw c.error(alignToken, "alignment must be a power of two");
            }
            alignment = Long.numberOfTrailingZeros(align);
        }
        if (memory != 0) {
            out.u32(alignment | 0x40);
            out.u32(memory);
        } else {
            out.u32(alignment);
        }
        out.u64(offset);
    }

    private boolean startsMemargRest(Token next) {
        if (next.kind() == TokenKind.NAT) {
            return true;
        }
        if (next.kind() != TokenKind.KEYWORD) {
            return false;
        }
        String text = tokens.text(next);
        return text.startsWith("offset=") || text.startsWith("align=");
    }

    private long memargValue(Token t, int prefixLength) {
        String text = tokens.text(t);
        String value = text.substring(prefixLength);
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length == 0 || NumberSyntax.classify(bytes, 0, bytes.length) != TokenKind.NAT) {
            throw c.error(t, "unknown operator " + text);
        }
        try {
            return IntLiterals.unsigned(value, 64);
        } catch (ArithmeticException e) {
            throw c.error(t, "i64 constant out of range");
        }
    }
}
