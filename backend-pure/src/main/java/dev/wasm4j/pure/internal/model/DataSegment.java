package dev.wasm4j.pure.internal.model;

/**
 * A data segment. Its bytes stay in the module binary ({@link WasmModule#dataBytes(int)} copies them
 * out). {@code memory} and {@code offset} only matter for active segments.
 */
public record DataSegment(SegmentMode mode, int memory, ConstExpr offset, int dataStart, int dataLength,
                          int byteOffset) {
}
