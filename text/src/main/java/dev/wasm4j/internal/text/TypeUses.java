package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Type uses ({@code (type x)} and/or inline params and results) and block types. An inline
 * signature without {@code (type x)} reuses an equal plain function type or appends one, in the
 * order the uses appear, as the text format prescribes.
 */
final class TypeUses {
    private final ModuleContext ctx;
    private final TypeParser types;

    TypeUses(ModuleContext ctx, TypeParser types) {
        this.ctx = ctx;
        this.types = types;
    }

    /**
     * A resolved type use.
     *
     * @param paramNames one entry per parameter (null if unnamed)
     */
    record TypeUse(int index, List<String> paramNames, List<Token> nameTokens) {}

    TypeUse parse(TokenCursor c, boolean allowNames) {
        boolean hasExplicit = false;
        int explicit = 0;
        Token typeToken = null;
        if (c.atSExpr("type")) {
            hasExplicit = true;
            c.expectSExpr("type");
            typeToken = c.peek();
            explicit = types.typeIndex(c);
            c.expectRParen();
        }
        List<String> names = new ArrayList<>();
        List<Token> nameTokens = new ArrayList<>();
        FuncType inline = types.funcSignature(c, names, nameTokens);
        if (!allowNames) {
            for (Token t : nameTokens) {
                if (t != null) {
                    throw c.error(t, "unexpected token");
                }
            }
        }
        boolean hasInline = !inline.params().isEmpty() || !inline.results().isEmpty();
        if (!hasExplicit) {
            return new TypeUse(ctx.typeTable.indexFor(inline), names, nameTokens);
        }
        SubType st = ctx.typeTable.get(explicit & 0xFFFFFFFFL);
        FuncType declared = st == null ? null : st.funcType();
        if (hasInline) {
            if (st == null) {
                throw c.error(typeToken, "unknown type");
            }
            if (declared == null || !declared.equals(inline)) {
                throw c.error(typeToken, "inline function type");
            }
            return new TypeUse(explicit, names, nameTokens);
        }
        int count = declared == null ? 0 : declared.params().size();
        List<String> unnamed = new ArrayList<>();
        List<Token> noTokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            unnamed.add(null);
            noTokens.add(null);
        }
        return new TypeUse(explicit, unnamed, noTokens);
    }

    /** A block type: empty, one result type, or a type index (explicit or inserted). */
    void blockType(TokenCursor c, ByteWriter out) {
        if (c.atSExpr("type")) {
            out.s64(parse(c, false).index() & 0xFFFFFFFFL);
            return;
        }
        List<String> names = new ArrayList<>();
        List<Token> nameTokens = new ArrayList<>();
        FuncType sig = types.funcSignature(c, names, nameTokens);
        for (Token t : nameTokens) {
            if (t != null) {
                throw c.error(t, "unexpected token");
            }
        }
        if (sig.params().isEmpty() && sig.results().isEmpty()) {
            out.u8(0x40);
        } else if (sig.params().isEmpty() && sig.results().size() == 1) {
            sig.results().get(0).encode(out);
        } else {
            out.s64(ctx.typeTable.indexFor(sig));
        }
    }
}
