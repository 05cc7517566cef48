package dev.wasm4j;

/**
 * A table of references. An index outside the table throws a {@link Trap} with
 * {@link TrapCode#TABLE_OUT_OF_BOUNDS}.
 */
public interface Table extends Extern {
    @Override
    TableType type();

    long size();

    Val get(long index);

    void set(long index, Val value);

    /** Grows by {@code delta} elements set to {@code init}; returns the old size, or -1 if it cannot grow. */
    long grow(long delta, Val init);

    /** A table created by the host, with every element set to {@code init}. */
    static Table of(Store<?> store, TableType type, Val init) {
        return store.backendStore().table(type, init);
    }
}
