package dev.wasm4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/** The labels of the enclosing blocks; a label reference is a depth counted from the innermost. */
final class LabelScope {
    private final TokenList tokens;
    /** Innermost last; null for blocks without a label. */
    private final List<String> names = new ArrayList<>();

    LabelScope(TokenList tokens) {
        this.tokens = tokens;
    }

    void push(String name) {
        names.add(name);
    }

    void pop() {
        names.remove(names.size() - 1);
    }

    /** Resolves a label reference: an id (the innermost binding wins) or a depth as written. */
    int resolve(Token t) {
        if (t.kind() == TokenKind.ID) {
            String name = tokens.idName(t);
            for (int i = names.size() - 1; i >= 0; i--) {
                if (name.equals(names.get(i))) {
                    return names.size() - 1 - i;
                }
            }
            throw tokens.error(t, "unknown label");
        }
        if (t.kind() == TokenKind.NAT) {
            return TokenCursor.u32(t, tokens);
        }
        throw TokenCursor.unexpected(t, tokens);
    }
}
