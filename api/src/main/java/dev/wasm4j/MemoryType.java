package dev.wasm4j;

import java.util.OptionalLong;

/**
 * A linear memory's type. Sizes are in pages of {@code 1 << pageSizeLog2} bytes (64 KiB unless the
 * custom-page-sizes proposal says otherwise).
 */
public record MemoryType(long minimum, OptionalLong maximum, boolean memory64, boolean shared, int pageSizeLog2)
        implements ExternType {
    public static final int DEFAULT_PAGE_SIZE_LOG2 = 16;

    public MemoryType {
        java.util.Objects.requireNonNull(maximum, "maximum");
    }

    /** A 32-bit, unshared memory with 64 KiB pages. */
    public static MemoryType of(long minimum, OptionalLong maximum) {
        return new MemoryType(minimum, maximum, false, false, DEFAULT_PAGE_SIZE_LOG2);
    }

    public long pageSize() {
        return 1L << pageSizeLog2;
    }

    @Override
    public ExternKind kind() {
        return ExternKind.MEMORY;
    }

    @Override
    public String toString() {
        return "(memory" + (memory64 ? " i64" : "") + " " + minimum
                + (maximum.isPresent() ? " " + maximum.getAsLong() : "") + (shared ? " shared" : "")
                + (pageSizeLog2 != DEFAULT_PAGE_SIZE_LOG2 ? " (pagesize " + pageSize() + ")" : "") + ")";
    }
}
