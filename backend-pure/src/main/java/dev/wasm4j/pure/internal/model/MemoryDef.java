package dev.wasm4j.pure.internal.model;

/**
 * A linear memory, imported or defined: limits in pages (unsigned; {@code max} only when
 * {@code hasMax}), memory64, shared (threads) and the page size as a power of two (custom page sizes).
 */
public record MemoryDef(long min, boolean hasMax, long max, boolean memory64, boolean shared, int pageSizeLog2) {
    public static final int DEFAULT_PAGE_SIZE_LOG2 = 16;

    public int addressType() {
        return memory64 ? ValueTypes.I64 : ValueTypes.I32;
    }
}
