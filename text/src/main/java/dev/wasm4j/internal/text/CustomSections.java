package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code (@custom "name" (before|after section)? "data"*)} annotations into custom sections
 * (annotations proposal). They are only allowed between module fields.
 */
final class CustomSections {
    private CustomSections() {}

    static List<ModuleBuilder.CustomSection> collect(TokenList tokens, Set<Integer> fieldBoundaries) {
        List<ModuleBuilder.CustomSection> result = new ArrayList<>();
        for (Annotation a : tokens.annotations()) {
            if (!a.name().equals("custom")) {
                continue;
            }
            if (!fieldBoundaries.contains(a.followingToken())) {
                throw tokens.error(a.open(), "misplaced @custom annotation");
            }
            result.add(parse(tokens, a));
        }
        return result;
    }

    private static ModuleBuilder.CustomSection parse(TokenList tokens, Annotation a) {
        List<Token> body = a.body();
        int i = 0;
        if (body.isEmpty() || body.get(0).kind() != TokenKind.STRING) {
            Token at = body.isEmpty() ? a.open() : body.get(0);
            throw tokens.error(at, "@custom annotation: missing section name");
        }
        byte[] name = tokens.stringBytes(body.get(i++));
        if (!Utf8.isValid(name)) {
            throw tokens.error(body.get(0), "@custom annotation: malformed UTF-8 encoding");
        }
        String anchor = "last";
        boolean before = false;
        if (i < body.size() && body.get(i).kind() == TokenKind.LPAREN) {
            Token open = body.get(i++);
            Token where = i < body.size() ? body.get(i) : open;
            boolean isBefore = where.kind() == TokenKind.KEYWORD && tokens.textEquals(where, "before");
            boolean isAfter = where.kind() == TokenKind.KEYWORD && tokens.textEquals(where, "after");
            if (!isBefore && !isAfter) {
                throw tokens.error(where, "@custom annotation: malformed placement");
            }
            i++;
            Token section = i < body.size() ? body.get(i) : where;
            String kind = section.kind() == TokenKind.KEYWORD ? tokens.text(section) : "";
            boolean valid = ModuleBuilder.isSectionName(kind)
                    || (isBefore && kind.equals("first")) || (isAfter && kind.equals("last"));
            if (!valid) {
                throw tokens.error(section, "@custom annotation: malformed section kind");
            }
            i++;
            if (i >= body.size() || body.get(i).kind() != TokenKind.RPAREN) {
                throw tokens.error(i < body.size() ? body.get(i) : section, "@custom annotation: malformed placement");
            }
            i++;
            anchor = kind;
            before = isBefore;
        }
        ByteWriter content = new ByteWriter();
        for (; i < body.size(); i++) {
            Token t = body.get(i);
            if (t.kind() != TokenKind.STRING) {
                throw tokens.error(t, "@custom annotation: unexpected token");
            }
            content.bytes(tokens.stringBytes(t));
        }
        return new ModuleBuilder.CustomSection(name, content.toByteArray(), anchor, before);
    }
}
