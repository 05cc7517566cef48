package dev.wasm4j.internal.text;

import java.util.Map;

/** Abstract heap types and the reference type abbreviations that stand for nullable ones. */
final class HeapTypes {
    private HeapTypes() {}

    static final Map<String, Integer> ABSTRACT = Map.ofEntries(
            Map.entry("func", 0x70),
            Map.entry("extern", 0x6F),
            Map.entry("any", 0x6E),
            Map.entry("eq", 0x6D),
            Map.entry("i31", 0x6C),
            Map.entry("struct", 0x6B),
            Map.entry("array", 0x6A),
            Map.entry("exn", 0x69),
            Map.entry("none", 0x71),
            Map.entry("noextern", 0x72),
            Map.entry("nofunc", 0x73),
            Map.entry("noexn", 0x74));

    /** {@code funcref} etc.: each is {@code (ref null <heap type>)}. */
    static final Map<String, String> NULLABLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("funcref", "func"),
            Map.entry("externref", "extern"),
            Map.entry("anyref", "any"),
            Map.entry("eqref", "eq"),
            Map.entry("i31ref", "i31"),
            Map.entry("structref", "struct"),
            Map.entry("arrayref", "array"),
            Map.entry("exnref", "exn"),
            Map.entry("nullref", "none"),
            Map.entry("nullexternref", "noextern"),
            Map.entry("nullfuncref", "nofunc"),
            Map.entry("nullexnref", "noexn"));

    static boolean isAbstractCode(byte b) {
        int v = b & 0xFF;
        return v >= 0x69 && v <= 0x74;
    }
}
