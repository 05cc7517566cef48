package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.CompositeType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.SubType;

import java.util.Arrays;

/** Decodes the type section: recursion groups of sub types of function, struct and array types. */
final class TypeSectionDecoder {
    private static final int REC = 0x4E;
    private static final int SUB = 0x50;
    private static final int SUB_FINAL = 0x4F;
    private static final int FUNC = 0x60;
    private static final int STRUCT = 0x5F;
    private static final int ARRAY = 0x5E;

    private final DecodeContext cx;
    private final ByteReader in;

    TypeSectionDecoder(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    void decode() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            if (in.peekByte() == REC && cx.has(Feature.GC)) {
                in.readByte();
                int n = cx.readCount();
                int groupStart = cx.module.typeCount();
                for (int k = 0; k < n; k++) {
                    cx.module.addType(readSubType(groupStart, n));
                }
            } else {
                cx.module.addType(readSubType(cx.module.typeCount(), 1));
            }
        }
    }

    private SubType readSubType(int groupStart, int groupSize) {
        int b = in.peekByte();
        if ((b == SUB || b == SUB_FINAL) && cx.has(Feature.GC)) {
            in.readByte();
            int n = cx.readCount();
            int[] supers = new int[Math.min(n, 16)];
            for (int i = 0; i < n; i++) {
                if (i == supers.length) {
                    supers = Arrays.copyOf(supers, i * 2);
                }
                supers[i] = in.readIndex();
            }
            supers = Arrays.copyOf(supers, n);
            return new SubType(b == SUB_FINAL, supers, readCompositeType(), groupStart, groupSize);
        }
        return new SubType(true, new int[0], readCompositeType(), groupStart, groupSize);
    }

    private CompositeType readCompositeType() {
        int at = in.position();
        int form = in.readByte();
        if ((form & 0x80) != 0) {
            // The form is a one-byte signed LEB128 in the spec's grammar.
            throw ByteReader.malformed(in.position(), "integer representation too long");
        }
        if (form == FUNC) {
            int[] params = readResultType();
            int[] results = readResultType();
            return new FuncSig(params, results);
        }
        if (form == STRUCT && cx.has(Feature.GC)) {
            int n = cx.readCount();
            int[] fieldTypes = new int[DecodeContext.capacityHint(n)];
            boolean[] mutable = new boolean[fieldTypes.length];
            for (int i = 0; i < n; i++) {
                if (i == fieldTypes.length) {
                    fieldTypes = Arrays.copyOf(fieldTypes, i * 2);
                    mutable = Arrays.copyOf(mutable, i * 2);
                }
                fieldTypes[i] = cx.types.readStorageType(in);
                mutable[i] = cx.types.readMutability(in);
            }
            return new StructDef(Arrays.copyOf(fieldTypes, n), Arrays.copyOf(mutable, n));
        }
        if (form == ARRAY && cx.has(Feature.GC)) {
            int elementType = cx.types.readStorageType(in);
            return new ArrayDef(elementType, cx.types.readMutability(in));
        }
        throw ByteReader.malformed(at, "malformed definition type");
    }

    private int[] readResultType() {
        int n = cx.readCount();
        int[] types = new int[DecodeContext.capacityHint(n)];
        for (int i = 0; i < n; i++) {
            if (i == types.length) {
                types = Arrays.copyOf(types, i * 2);
            }
            types[i] = cx.types.readValueType(in);
        }
        return types.length == n ? types : Arrays.copyOf(types, n);
    }
}
