package dev.wasm4j.internal.text;

import java.util.List;
import java.util.Map;

/**
 * One type definition inside a recursion group.
 *
 * @param supertypes resolved supertype indices
 * @param describes the {@code describes} clause's type index, or -1 (custom descriptors)
 * @param descriptor the {@code descriptor} clause's type index, or -1
 * @param funcType the function type, or null for struct and array types
 * @param encodedComposite the binary composite type (func, struct or array)
 * @param fieldNames struct field ids to field indices
 */
record SubType(
        boolean isFinal,
        List<Integer> supertypes,
        int describes,
        int descriptor,
        FuncType funcType,
        byte[] encodedComposite,
        Map<String, Integer> fieldNames) {

    /** A plain function type as written by {@code (type (func ...))} or inserted for a type use. */
    static SubType plainFunc(FuncType ft) {
        ByteWriter w = new ByteWriter();
        ft.encode(w);
        return new SubType(true, List.of(), -1, -1, ft, w.toByteArray(), Map.of());
    }

    /** True for the types an inline type use may reuse: final, no supertypes, no descriptors. */
    boolean isPlainFunc() {
        return funcType != null && isFinal && supertypes.isEmpty() && describes < 0 && descriptor < 0;
    }

    void encode(ByteWriter out) {
        if (!isFinal || !supertypes.isEmpty()) {
            out.u8(isFinal ? 0x4F : 0x50);
            out.u32(supertypes.size());
            supertypes.forEach(out::u32);
        }
        if (describes >= 0) {
            out.u8(0x4C);
            out.u32(describes);
        }
        if (descriptor >= 0) {
            out.u8(0x4D);
            out.u32(descriptor);
        }
        out.bytes(encodedComposite);
    }
}
