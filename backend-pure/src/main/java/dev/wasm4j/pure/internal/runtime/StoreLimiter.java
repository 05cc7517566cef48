package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.StoreLimits;
import dev.wasm4j.WasmException;

/**
 * Applies a store's {@link StoreLimits}: its memories and tables ask before they grow (a refusal makes
 * the grow fail with -1), and an instantiation is admitted, with every count checked, before anything of
 * it is created. A store is used by one thread at a time, so plain fields do.
 */
public final class StoreLimiter {
    private StoreLimits limits = StoreLimits.UNLIMITED;
    private int instances;
    private int memories;
    private int tables;

    void setLimits(StoreLimits limits) {
        this.limits = limits;
    }

    boolean allowsMemoryBytes(long bytes) {
        return StoreLimits.within(bytes, limits.memoryBytes());
    }

    boolean allowsTableElements(long elements) {
        return StoreLimits.within(elements, limits.tableElements());
    }

    /** Refuses a new memory whose minimum (unsigned pages of 2^pageSizeLog2 bytes) is over the limit. */
    void checkMemoryMinimum(long pages, int pageSizeLog2) {
        long bytes = pages << pageSizeLog2 >>> pageSizeLog2 == pages ? pages << pageSizeLog2 : -1;
        long limit = limits.memoryBytes();
        if (limit >= 0 && Long.compareUnsigned(bytes, limit) > 0) {
            throw new WasmException("a memory of " + (bytes == -1 ? "more than 2^64" : Long.toUnsignedString(bytes))
                    + " bytes exceeds the store's limit of " + limit + " bytes per memory (StoreLimits.memoryBytes)");
        }
    }

    /** Refuses a new table whose minimum (unsigned) is over the limit. */
    void checkTableMinimum(long elements) {
        long limit = limits.tableElements();
        if (limit >= 0 && Long.compareUnsigned(elements, limit) > 0) {
            throw new WasmException("a table of " + Long.toUnsignedString(elements) + " elements exceeds the store's"
                    + " limit of " + limit + " elements per table (StoreLimits.tableElements)");
        }
    }

    /**
     * Admits an instance defining {@code newMemories} memories and {@code newTables} tables, or throws
     * naming the limit it would exceed. The memories and tables count from now on, as they are about to
     * exist (code of a failed instantiation may stay reachable through tables); the instance only counts
     * once {@link #instanceCreated} confirms it.
     */
    void admitInstance(int newMemories, int newTables) {
        if (!StoreLimits.within(instances + 1L, limits.instances())) {
            throw exceeded(limits.instances(), "instances");
        }
        if (!StoreLimits.within((long) memories + newMemories, limits.memories())) {
            throw exceeded(limits.memories(), "memories");
        }
        if (!StoreLimits.within((long) tables + newTables, limits.tables())) {
            throw exceeded(limits.tables(), "tables");
        }
        memories += newMemories;
        tables += newTables;
    }

    void instanceCreated() {
        instances++;
    }

    private static WasmException exceeded(int limit, String what) {
        return new WasmException("instantiation would exceed the store's limit of " + limit + " " + what
                + " (StoreLimits." + what + ")");
    }
}
