package dev.wasm4j.internal.text.wast;

/** Reference patterns that accept any reference of a kind: {@code (ref.func)}, {@code (ref.null)}, ... */
public enum RefKind {
    /** {@code (ref.null)}: a null reference of any type. */
    NULL("ref.null"),
    /** {@code (ref.func)}: any non-null function reference. */
    FUNC("ref.func"),
    /** {@code (ref.extern)}: any non-null external reference. */
    EXTERN("ref.extern"),
    ANY("ref.any"),
    EQ("ref.eq"),
    I31("ref.i31"),
    STRUCT("ref.struct"),
    ARRAY("ref.array"),
    EXN("ref.exn");

    private final String syntax;

    RefKind(String syntax) {
        this.syntax = syntax;
    }

    /** The pattern's keyword, e.g. {@code ref.func}. */
    public String syntax() {
        return syntax;
    }

    static RefKind ofSyntax(String keyword) {
        for (RefKind k : values()) {
            if (k.syntax.equals(keyword)) {
                return k;
            }
        }
        return null;
    }
}
