package dev.wasm4j.pure.internal.model;

import java.util.List;

/**
 * An element segment. Its items are either function indices (the compact binary forms) or constant
 * expressions; {@link #size()} counts both kinds. {@code table} and {@code offset} only matter for
 * active segments.
 */
public final class ElementSegment {
    private final SegmentMode mode;
    private final int table;
    private final ConstExpr offset;
    private final int elementType;
    private final int[] functionIndices;
    private final List<ConstExpr> expressions;
    private final int byteOffset;

    private ElementSegment(SegmentMode mode, int table, ConstExpr offset, int elementType, int[] functionIndices,
                           List<ConstExpr> expressions, int byteOffset) {
        this.mode = mode;
        this.table = table;
        this.offset = offset;
        this.elementType = elementType;
        this.functionIndices = functionIndices;
        this.expressions = expressions;
        this.byteOffset = byteOffset;
    }

    public static ElementSegment ofFunctions(SegmentMode mode, int table, ConstExpr offset, int elementType,
                                             int[] functionIndices, int byteOffset) {
        return new ElementSegment(mode, table, offset, elementType, functionIndices.clone(), null, byteOffset);
    }

    public static ElementSegment ofExpressions(SegmentMode mode, int table, ConstExpr offset, int elementType,
                                               List<ConstExpr> expressions, int byteOffset) {
        return new ElementSegment(mode, table, offset, elementType, null, List.copyOf(expressions), byteOffset);
    }

    public SegmentMode mode() {
        return mode;
    }

    public int table() {
        return table;
    }

    /** The offset expression of an active segment, else null. */
    public ConstExpr offset() {
        return offset;
    }

    public int elementType() {
        return elementType;
    }

    public int size() {
        return functionIndices != null ? functionIndices.length : expressions.size();
    }

    public boolean hasFunctionIndices() {
        return functionIndices != null;
    }

    public int functionIndex(int i) {
        return functionIndices[i];
    }

    public ConstExpr expression(int i) {
        return expressions.get(i);
    }

    /** Byte offset of the segment in the module, for error messages. */
    public int byteOffset() {
        return byteOffset;
    }
}
