package dev.wasm4j.internal.text;

import java.util.Arrays;

/**
 * A value or storage type, identified by its binary encoding (type indices already resolved), so
 * that two types are equal exactly when they encode the same.
 */
final class ValType {
    static final ValType I32 = of(0x7F);
    static final ValType I64 = of(0x7E);
    static final ValType F32 = of(0x7D);
    static final ValType F64 = of(0x7C);
    static final ValType V128 = of(0x7B);
    static final ValType I8 = of(0x78);
    static final ValType I16 = of(0x77);

    private final byte[] code;

    private ValType(byte[] code) {
        this.code = code;
    }

    static ValType of(int singleByte) {
        return new ValType(new byte[] {(byte) singleByte});
    }

    /** A reference type: nullable abstract types use their one-byte shorthand. */
    static ValType ref(boolean nullable, byte[] heapType) {
        if (nullable && heapType.length == 1 && HeapTypes.isAbstractCode(heapType[0])) {
            return new ValType(heapType.clone());
        }
        byte[] code = new byte[heapType.length + 1];
        code[0] = (byte) (nullable ? 0x63 : 0x64);
        System.arraycopy(heapType, 0, code, 1, heapType.length);
        return new ValType(code);
    }

    void encode(ByteWriter out) {
        out.bytes(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValType v && Arrays.equals(code, v.code);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(code);
    }

    @Override
    public String toString() {
        return "ValType" + Arrays.toString(code);
    }
}
