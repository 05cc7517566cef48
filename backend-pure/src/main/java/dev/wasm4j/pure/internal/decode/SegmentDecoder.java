package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.DataSegment;
import dev.wasm4j.pure.internal.model.ElementSegment;
import dev.wasm4j.pure.internal.model.SegmentMode;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Decodes the element and data sections, in all their binary forms. */
final class SegmentDecoder {
    private static final int PASSIVE_OR_DECLARATIVE = 0x01;
    private static final int EXPLICIT_INDEX = 0x02;
    private static final int EXPRESSIONS = 0x04;

    private final DecodeContext cx;
    private final ByteReader in;

    SegmentDecoder(DecodeContext cx) {
        this.cx = cx;
        this.in = cx.in;
    }

    void decodeElements() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            cx.module.addElement(readElement());
        }
    }

    private ElementSegment readElement() {
        int at = in.position();
        int flags = in.readU32();
        if (flags < 0 || flags > 7 || (flags != 0 && !cx.has(Feature.BULK_MEMORY))) {
            throw ByteReader.malformed(at, "malformed elements segment kind");
        }
        SegmentMode mode = (flags & PASSIVE_OR_DECLARATIVE) == 0 ? SegmentMode.ACTIVE
                : (flags & EXPLICIT_INDEX) == 0 ? SegmentMode.PASSIVE : SegmentMode.DECLARATIVE;
        int table = 0;
        ConstExpr offset = null;
        if (mode == SegmentMode.ACTIVE) {
            if ((flags & EXPLICIT_INDEX) != 0) {
                table = in.readIndex();
            }
            offset = ConstExprDecoder.read(cx);
        }
        boolean typeGiven = flags != 0 && flags != 4;
        int elementType = ValueTypes.FUNCREF;
        if ((flags & EXPRESSIONS) == 0) {
            // Function indices are never null: with typed references their type says so.
            if (cx.has(Feature.FUNCTION_REFERENCES)) {
                elementType = ValueTypes.ref(false, ValueTypes.HT_FUNC);
            }
            if (typeGiven) {
                readElementKind();
            }
            return ElementSegment.ofFunctions(mode, table, offset, elementType, readFunctionIndices(), at);
        }
        if (typeGiven) {
            elementType = cx.types.readRefType(in);
        }
        int n = cx.readCount();
        List<ConstExpr> items = new ArrayList<>(DecodeContext.capacityHint(n));
        for (int k = 0; k < n; k++) {
            items.add(ConstExprDecoder.read(cx));
        }
        return ElementSegment.ofExpressions(mode, table, offset, elementType, items, at);
    }

    private void readElementKind() {
        int at = in.position();
        if (in.readByte() != 0x00) {
            throw ByteReader.malformed(at, "malformed element kind");
        }
    }

    private int[] readFunctionIndices() {
        int n = cx.readCount();
        int[] indices = new int[DecodeContext.capacityHint(n)];
        for (int k = 0; k < n; k++) {
            if (k == indices.length) {
                indices = Arrays.copyOf(indices, k * 2);
            }
            indices[k] = in.readIndex();
        }
        return indices.length == n ? indices : Arrays.copyOf(indices, n);
    }

    void decodeData() {
        int count = cx.readCount();
        for (int i = 0; i < count; i++) {
            int at = in.position();
            int flags = in.readU32();
            if (flags < 0 || flags > 2 || (flags != 0 && !cx.has(Feature.BULK_MEMORY))) {
                throw ByteReader.malformed(at, "malformed data segment kind");
            }
            int memory = flags == 2 ? in.readIndex() : 0;
            ConstExpr offset = flags == 1 ? null : ConstExprDecoder.read(cx);
            // Not a checked length: data running past the end is an unexpected end, as in the spec.
            int length = in.readIndex();
            int dataStart = in.position();
            in.skip(length);
            SegmentMode mode = flags == 1 ? SegmentMode.PASSIVE : SegmentMode.ACTIVE;
            cx.module.addData(new DataSegment(mode, memory, offset, dataStart, length, at));
        }
    }
}
