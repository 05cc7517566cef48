package dev.wasm4j.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts a WebAssembly text module to the binary format.
 *
 * <p>Only well-formedness is checked; a module that is well-formed but invalid (say, ill-typed)
 * is encoded as written so that a validator can reject it.
 */
public final class Wat {
    private Wat() {}

    /** Encodes {@code (module $id? ...)} or a sequence of bare module fields. */
    public static byte[] toBinary(String source) {
        return toBinary(source, "<wat>");
    }

    /** As {@link #toBinary(String)}; {@code sourceName} prefixes error messages. */
    public static byte[] toBinary(String source, String sourceName) {
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        return toBinary(utf8, 0, utf8.length, 1, 1, sourceName);
    }

    /** Encodes module text given as bytes, which need not be valid UTF-8 (quoted modules). */
    public static byte[] toBinary(byte[] source, String sourceName) {
        return toBinary(source, 0, source.length, 1, 1, sourceName);
    }

    /**
     * Encodes the module text in {@code source[start, end)}, whose first byte is at the given
     * line and column of {@code sourceName} (used for error positions).
     */
    public static byte[] toBinary(byte[] source, int start, int end, int line, int column, String sourceName) {
        return DeepNesting.parse(() -> compile(Lexer.lex(source, start, end, line, column, sourceName)), sourceName);
    }

    static byte[] compile(TokenList tokens) {
        TokenCursor c = new TokenCursor(tokens, 0);
        boolean wrapped = c.atSExpr("module");
        String moduleId = null;
        if (wrapped) {
            c.expectSExpr("module");
            moduleId = c.optId();
        }
        int from = c.pos;
        ModuleContext ctx = new ModuleContext(tokens);
        TypeParser types = new TypeParser(ctx);
        List<ModuleScanner.Field> fields = new ModuleScanner(ctx, types).scan(from);
        int to = fields.isEmpty() ? from : fields.get(fields.size() - 1).end();
        c.pos = to;
        if (wrapped) {
            c.expectRParen();
        }
        if (c.peekKind() != TokenKind.EOF) {
            throw c.unexpected();
        }
        ModuleEncoder encoder = new ModuleEncoder(ctx, types);
        Set<Integer> boundaries = new HashSet<>();
        for (ModuleScanner.Field f : fields) {
            encoder.encode(f);
            boundaries.add(f.start());
        }
        boundaries.add(to);
        List<ModuleBuilder.CustomSection> customs = new ArrayList<>(CustomSections.collect(tokens, boundaries));
        // An explicit @custom "name" section wins: a module has at most one name section.
        if (customs.stream().noneMatch(cs -> Arrays.equals(cs.name(), NameSection.NAME))) {
            NameSection.fromIds(moduleId, ctx.funcs).ifPresent(customs::add);
        }
        return encoder.builder().build(ctx.typeTable, ctx.usesDataIndices, customs);
    }
}
