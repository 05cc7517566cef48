package dev.wasm4j.internal.text;

import java.util.HashMap;
import java.util.Map;

/** One index space of a module (functions, tables, ...): counts entries and binds their ids. */
final class IndexSpace {
    private final String kind;
    private final Map<String, Integer> ids = new HashMap<>();
    private int size;

    /** @param kind the word used in "duplicate ..." and "unknown ..." errors, e.g. {@code func} */
    IndexSpace(String kind) {
        this.kind = kind;
    }

    int size() {
        return size;
    }

    String kind() {
        return kind;
    }

    /** Adds an entry, binding {@code id} if given; returns the new index. */
    int add(String id, Token at, TokenList tokens) {
        if (id != null) {
            if (ids.containsKey(id)) {
                throw tokens.error(at, "duplicate " + kind);
            }
            ids.put(id, size);
        }
        return size++;
    }

    /** The bound ids by index, in index order (for the name section). */
    java.util.SortedMap<Integer, String> idsByIndex() {
        java.util.SortedMap<Integer, String> byIndex = new java.util.TreeMap<>();
        ids.forEach((id, index) -> byIndex.put(index, id));
        return byIndex;
    }

    /** Resolves an index token: a number as is, an id through the bindings. */
    int resolve(Token t, TokenList tokens) {
        if (t.kind() == TokenKind.ID) {
            Integer index = ids.get(tokens.idName(t));
            if (index == null) {
                throw tokens.error(t, "unknown " + unknownWord());
            }
            return index;
        }
        if (t.kind() == TokenKind.NAT) {
            return TokenCursor.u32(t, tokens);
        }
        throw TokenCursor.unexpected(t, tokens);
    }

    private String unknownWord() {
        return switch (kind) {
            case "func" -> "function";
            case "elem" -> "elem segment";
            case "data" -> "data segment";
            default -> kind;
        };
    }
}
