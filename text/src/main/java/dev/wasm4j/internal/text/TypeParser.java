package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses value, reference, heap and storage types, and type definitions. */
final class TypeParser {
    private final ModuleContext ctx;

    TypeParser(ModuleContext ctx) {
        this.ctx = ctx;
    }

    /** A reference type with its parts, as casts need them separately. */
    record RefType(boolean nullable, byte[] heapType) {
        ValType valType() {
            return ValType.ref(nullable, heapType);
        }
    }

    static boolean isNumericOrVector(String kw) {
        return switch (kw) {
            case "i32", "i64", "f32", "f64", "v128" -> true;
            default -> false;
        };
    }

    /** True if the cursor is at the start of a value type. */
    boolean atValType(TokenCursor c) {
        Token t = c.peek();
        if (t.kind() == TokenKind.KEYWORD) {
            String kw = c.tokens.text(t);
            return isNumericOrVector(kw) || HeapTypes.NULLABLE_ABBREVIATIONS.containsKey(kw);
        }
        return c.atSExpr("ref");
    }

    ValType valType(TokenCursor c) {
        Token t = c.peek();
        if (t.kind() == TokenKind.KEYWORD) {
            switch (c.tokens.text(t)) {
                case "i32" -> {
                    c.next();
                    return ValType.I32;
                }
                case "i64" -> {
                    c.next();
                    return ValType.I64;
                }
                case "f32" -> {
                    c.next();
                    return ValType.F32;
                }
                case "f64" -> {
                    c.next();
                    return ValType.F64;
                }
                case "v128" -> {
                    c.next();
                    return ValType.V128;
                }
                default -> {
                }
            }
        }
        return refType(c).valType();
    }

    /** A storage type: a value type or a packed {@code i8}/{@code i16}. */
    ValType storageType(TokenCursor c) {
        if (c.atKeyword("i8")) {
            c.next();
            return ValType.I8;
        }
        if (c.atKeyword("i16")) {
            c.next();
            return ValType.I16;
        }
        return valType(c);
    }

    RefType refType(TokenCursor c) {
        Token t = c.peek();
        if (t.kind() == TokenKind.KEYWORD) {
            String heap = HeapTypes.NULLABLE_ABBREVIATIONS.get(c.tokens.text(t));
            if (heap != null) {
                c.next();
                return new RefType(true, new byte[] {(byte) (int) HeapTypes.ABSTRACT.get(heap)});
            }
            throw c.unexpected();
        }
        if (!c.atSExpr("ref")) {
            throw c.unexpected();
        }
        c.expectSExpr("ref");
        boolean nullable = false;
        if (c.atKeyword("null")) {
            c.next();
            nullable = true;
        }
        byte[] heap = heapType(c);
        c.expectRParen();
        return new RefType(nullable, heap);
    }

    /** An abstract heap type, a type index, or {@code (exact <typeidx>)}; returns its encoding. */
    byte[] heapType(TokenCursor c) {
        Token t = c.peek();
        if (t.kind() == TokenKind.KEYWORD) {
            Integer code = HeapTypes.ABSTRACT.get(c.tokens.text(t));
            if (code == null) {
                throw c.unexpected();
            }
            c.next();
            return new byte[] {(byte) (int) code};
        }
        if (c.atSExpr("exact")) {
            c.expectSExpr("exact");
            int index = typeIndex(c);
            c.expectRParen();
            ByteWriter w = new ByteWriter(8);
            w.u8(0x62).u32(index);
            return w.toByteArray();
        }
        int index = typeIndex(c);
        ByteWriter w = new ByteWriter(8);
        w.s64(index & 0xFFFFFFFFL);
        return w.toByteArray();
    }

    int typeIndex(TokenCursor c) {
        return ctx.types.resolve(c.next(), ctx.tokens);
    }

    /** {@code (param ...)* (result ...)*} of a function type; named params go to {@code names}. */
    FuncType funcSignature(TokenCursor c, List<String> names, List<Token> nameTokens) {
        List<ValType> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        while (c.atSExpr("param")) {
            c.expectSExpr("param");
            if (c.peekKind() == TokenKind.ID) {
                Token idToken = c.peek();
                String id = c.optId();
                params.add(valType(c));
                if (names != null) {
                    names.add(id);
                    nameTokens.add(idToken);
                }
            } else {
                while (!c.atRParen()) {
                    params.add(valType(c));
                    if (names != null) {
                        names.add(null);
                        nameTokens.add(null);
                    }
                }
            }
            c.expectRParen();
        }
        while (c.atSExpr("result")) {
            c.expectSExpr("result");
            while (!c.atRParen()) {
                results.add(valType(c));
            }
            c.expectRParen();
        }
        if (c.atSExpr("param")) {
            throw c.error(c.peek(1), "unexpected token");
        }
        return new FuncType(params, results);
    }

    /** Parses {@code (type $id? subtype)} after the id has been consumed: the subtype and ')'. */
    SubType subType(TokenCursor c) {
        boolean isFinal = true;
        List<Integer> supers = new ArrayList<>();
        boolean wrapped = c.atSExpr("sub");
        if (wrapped) {
            c.expectSExpr("sub");
            isFinal = false;
            if (c.atKeyword("final")) {
                c.next();
                isFinal = true;
            }
            while (c.atIndex()) {
                supers.add(typeIndex(c));
            }
        }
        int describes = -1;
        int descriptor = -1;
        if (c.atSExpr("describes")) {
            c.expectSExpr("describes");
            describes = typeIndex(c);
            c.expectRParen();
        }
        if (c.atSExpr("descriptor")) {
            c.expectSExpr("descriptor");
            descriptor = typeIndex(c);
            c.expectRParen();
        }
        SubType st = compositeType(c, isFinal, supers, describes, descriptor);
        if (wrapped) {
            c.expectRParen();
        }
        return st;
    }

    private SubType compositeType(TokenCursor c, boolean isFinal, List<Integer> supers, int describes,
            int descriptor) {
        c.expectLParen();
        Token kw = c.peek();
        String kind = c.keyword();
        ByteWriter w = new ByteWriter();
        FuncType ft = null;
        Map<String, Integer> fieldNames = Map.of();
        switch (kind) {
            case "func" -> {
                ft = funcSignature(c, null, null);
                ft.encode(w);
            }
            case "struct" -> {
                fieldNames = new HashMap<>();
                ByteWriter fields = new ByteWriter();
                int count = 0;
                while (c.atSExpr("field")) {
                    c.expectSExpr("field");
                    if (c.peekKind() == TokenKind.ID) {
                        Token idToken = c.peek();
                        String id = c.optId();
                        if (fieldNames.put(id, count) != null) {
                            throw c.error(idToken, "duplicate field");
                        }
                        fieldType(c, fields);
                        count++;
                    } else {
                        while (!c.atRParen()) {
                            fieldType(c, fields);
                            count++;
                        }
                    }
                    c.expectRParen();
                }
                w.u8(0x5F).u32(count).append(fields);
            }
            case "array" -> {
                w.u8(0x5E);
                fieldType(c, w);
            }
            default -> throw c.error(kw, "unexpected token");
        }
        c.expectRParen();
        return new SubType(isFinal, List.copyOf(supers), describes, descriptor, ft, w.toByteArray(), fieldNames);
    }

    private void fieldType(TokenCursor c, ByteWriter out) {
        if (c.atSExpr("mut")) {
            c.expectSExpr("mut");
            storageType(c).encode(out);
            c.expectRParen();
            out.u8(1);
        } else {
            storageType(c).encode(out);
            out.u8(0);
        }
    }
}
