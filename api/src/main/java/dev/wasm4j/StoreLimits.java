package dev.wasm4j;

/**
 * Limits on what the wasm code of one store may allocate (see {@link Store#setLimits}), in the manner of
 * wasmtime's {@code StoreLimits}. A memory or table that would grow past its limit does not grow:
 * {@code memory.grow} and {@code table.grow} return -1 and the host's {@code grow} fails. An
 * instantiation that would create a memory or table larger than the limit, or more instances, memories
 * or tables than allowed, fails with a {@link WasmException} naming the limit. -1 means unlimited.
 * Backends count a little differently at the edges: wasmtime counts an instantiation its limiter
 * refused as an instance, pure does not; memories and tables the host creates count for the size
 * limits only.
 *
 * @param memoryBytes   the largest size of any one linear memory, in bytes
 * @param tableElements the most elements of any one table
 * @param instances     the most instances the store may hold
 * @param memories      the most memories the store's instances may define in total
 * @param tables        the most tables the store's instances may define in total
 */
public record StoreLimits(long memoryBytes, long tableElements, int instances, int memories, int tables) {
    /** No limits: the default of a store. */
    public static final StoreLimits UNLIMITED = new StoreLimits(-1, -1, -1, -1, -1);

    public StoreLimits {
        if (memoryBytes < -1 || tableElements < -1 || instances < -1 || memories < -1 || tables < -1) {
            throw new IllegalArgumentException("a limit is -1 (unlimited) or not negative: " + this);
        }
    }

    public StoreLimits withMemoryBytes(long bytes) {
        return new StoreLimits(bytes, tableElements, instances, memories, tables);
    }

    public StoreLimits withTableElements(long elements) {
        return new StoreLimits(memoryBytes, elements, instances, memories, tables);
    }

    public StoreLimits withInstances(int count) {
        return new StoreLimits(memoryBytes, tableElements, count, memories, tables);
    }

    public StoreLimits withMemories(int count) {
        return new StoreLimits(memoryBytes, tableElements, instances, count, tables);
    }

    public StoreLimits withTables(int count) {
        return new StoreLimits(memoryBytes, tableElements, instances, memories, count);
    }

    /** Whether {@code value} is within {@code limit} (-1: unlimited). */
    public static boolean within(long value, long limit) {
        return limit < 0 || value <= limit;
    }
}
