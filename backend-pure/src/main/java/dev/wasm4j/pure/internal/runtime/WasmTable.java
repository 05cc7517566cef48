package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.AbstractHeapType;
import dev.wasm4j.HeapType;
import dev.wasm4j.RefType;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * A table of references: funcref elements are {@link WasmFunction}s, externref elements any Java
 * object, null is the null reference. Index operands from compiled code are unsigned i32 values.
 *
 * <p>Limit: a Java array holds fewer than 2^31 elements; growing beyond that fails with -1.
 */
public final class WasmTable implements Table {
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    public Object[] elements;
    private final RefType elementType;
    /** The declared maximum in elements, unsigned. */
    private final OptionalLong declaredMaximum;
    /** Whether indices are i64 (table64); compiled code narrows them to the unsigned ints used here. */
    private final boolean table64;
    /** The limits of the store the table belongs to. */
    private final StoreLimiter limiter;

    /**
     * Limits are unsigned; a minimum above what a Java array holds fails with an out-of-memory trap, one
     * above the store's limit with a {@link WasmException}.
     */
    public WasmTable(RefType elementType, long minimum, OptionalLong maximum, boolean table64, Object init,
                     StoreLimiter limiter) {
        limiter.checkTableMinimum(minimum);
        if (Long.compareUnsigned(minimum, MAX_ELEMENTS) > 0) {
            throw new Trap(TrapCode.OUT_OF_MEMORY, "out of memory: backend pure cannot allocate "
                    + Long.toUnsignedString(minimum) + " table elements (at most " + MAX_ELEMENTS + ")",
                    List.of(), null);
        }
        this.elementType = elementType;
        this.declaredMaximum = maximum;
        this.table64 = table64;
        this.limiter = limiter;
        this.elements = new Object[(int) minimum];
        if (init != null) {
            Arrays.fill(elements, init);
        }
    }

    public RefType elementType() {
        return elementType;
    }

    @Override
    public TableType type() {
        return new TableType(elementType, elements.length, declaredMaximum, table64);
    }

    @Override
    public long size() {
        return elements.length;
    }

    // ---- operations of compiled code

    public Object get(int index) {
        if (Integer.toUnsignedLong(index) >= elements.length) {
            throw new TrapSignal(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        return elements[index];
    }

    public void set(int index, Object value) {
        if (Integer.toUnsignedLong(index) >= elements.length) {
            throw new TrapSignal(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        elements[index] = value;
    }

    /** call_indirect's lookup: bounds, null and signature checks, in the spec's order. */
    public WasmFunction function(int index, int sigId) {
        if (Integer.toUnsignedLong(index) >= elements.length) {
            throw new TrapSignal(TrapCode.UNDEFINED_ELEMENT);
        }
        WasmFunction f = (WasmFunction) elements[index];
        if (f == null) {
            throw new TrapSignal(TrapCode.UNINITIALIZED_ELEMENT);
        }
        if (f.sigId != sigId) {
            throw new TrapSignal(TrapCode.INDIRECT_CALL_TYPE_MISMATCH);
        }
        return f;
    }

    public int sizeI32() {
        return elements.length;
    }

    /** table.grow (and the host's grow): returns the old size, or -1 beyond the maximum or the store's limit. */
    public int grow(Object init, int delta) {
        int old = elements.length;
        long wanted = old + Integer.toUnsignedLong(delta);
        long declared = declaredMaximum.orElse(MAX_ELEMENTS);
        if (wanted > (Long.compareUnsigned(declared, MAX_ELEMENTS) < 0 ? declared : MAX_ELEMENTS)
                || !limiter.allowsTableElements(wanted)) {
            return -1;
        }
        if (delta != 0) {
            Object[] grown;
            try {
                grown = Arrays.copyOf(elements, (int) wanted);
            } catch (OutOfMemoryError e) {
                return -1;
            }
            if (init != null) {
                Arrays.fill(grown, old, (int) wanted, init);
            }
            elements = grown;
        }
        return old;
    }

    public void fill(int index, Object value, int length) {
        int start = checkRange(index, length);
        Arrays.fill(elements, start, start + length, value);
    }

    /** table.copy from {@code source} (possibly this table); overlapping ranges copy correctly. */
    public void copyFrom(WasmTable source, int dst, int src, int length) {
        int s = source.checkRange(src, length);
        int d = checkRange(dst, length);
        System.arraycopy(source.elements, s, elements, d, length);
    }

    /** table.init: copies {@code segment[src..src+length)} to {@code dst}. */
    public void init(Object[] segment, int dst, int src, int length) {
        long s = Integer.toUnsignedLong(src);
        if (s + Integer.toUnsignedLong(length) > segment.length) {
            throw new TrapSignal(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        int d = checkRange(dst, length);
        System.arraycopy(segment, (int) s, elements, d, length);
    }

    private int checkRange(int index, int length) {
        long i = Integer.toUnsignedLong(index);
        if (i + Integer.toUnsignedLong(length) > elements.length) {
            throw new TrapSignal(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        return (int) i;
    }

    // ---- the public Table API

    @Override
    public Val get(long index) {
        return Val.ref(elementType, elements[apiIndex(index)]);
    }

    @Override
    public void set(long index, Val value) {
        elements[apiIndex(index)] = Values.refOf(value, elementType);
    }

    @Override
    public long grow(long delta, Val init) {
        if (delta < 0 || delta > 0xFFFF_FFFFL) {
            return -1;
        }
        return grow(Values.refOf(init, elementType), (int) delta);
    }

    private int apiIndex(long index) {
        if (index < 0 || index >= elements.length) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS, List.of());
        }
        return (int) index;
    }

    static void checkElementType(RefType elementType) {
        HeapType h = elementType.heapType();
        if (!TypeMatching.isFunctionHeap(h) && h != AbstractHeapType.EXTERN) {
            throw new WasmException("tables of " + elementType + " are not supported by backend pure");
        }
    }
}
