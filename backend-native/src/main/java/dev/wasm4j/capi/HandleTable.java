package dev.wasm4j.capi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Java objects named by small integers, so native code can hold them as a {@code void*}: host functions
 * (their {@code env}) and the objects behind externrefs (their data). Looking up is lock-free (it happens on
 * every call from wasm); adding and removing are synchronized. Handle 0 is never used: it reads as NULL.
 */
final class HandleTable<T> {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private volatile Object[] slots = new Object[64];
    private int[] free = new int[64];
    private int freeCount;
    private int next = 1;
    private int live;

    synchronized long add(T value) {
        int handle;
        if (freeCount > 0) {
            handle = free[--freeCount];
        } else {
            handle = next++;
            if (handle >= slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
        }
        SLOT.setRelease(slots, handle, value);
        live++;
        return handle;
    }

    @SuppressWarnings("unchecked")
    T get(long handle) {
        Object[] s = slots;
        return handle > 0 && handle < s.length ? (T) SLOT.getAcquire(s, (int) handle) : null;
    }

    synchronized void remove(long handle) {
        Object[] s = slots;
        if (handle <= 0 || handle >= s.length || s[(int) handle] == null) {
            return;
        }
        SLOT.setRelease(s, (int) handle, null);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = (int) handle;
        live--;
    }

    /** How many handles are in use (for tests that check nothing leaks). */
    synchronized int size() {
        return live;
    }
}
