package dev.wasm4j.pure.internal.compile;

import java.util.Arrays;

/** The wasm types of the values on the operand stack, which the JVM operand stack holds. */
final class TypeStack {
    /**
     * ASM computes stack map frames with 16-bit signed stack positions, so a method's operand stack must
     * stay under 32768 slots; at two slots for an i64 or f64, this many values always fit.
     */
    static final int MAX_VALUES = 16_000;
    private int[] types = new int[16];
    private int size;

    int size() {
        return size;
    }

    void push(int type) {
        if (size == types.length) {
            if (size >= MAX_VALUES) {
                throw new TooLargeException("it holds more than " + MAX_VALUES
                        + " values on its operand stack at once, more than a JVM method can");
            }
            types = Arrays.copyOf(types, Math.min(size * 2, MAX_VALUES));
        }
        types[size++] = type;
    }

    void pushAll(int[] ts) {
        for (int t : ts) {
            push(t);
        }
    }

    int pop() {
        return types[--size];
    }

    void pop(int n) {
        size -= n;
    }

    /** The type {@code depth} values below the top (0 is the top). */
    int peek(int depth) {
        return types[size - 1 - depth];
    }

    int peek() {
        return peek(0);
    }

    /** Truncates or keeps the stack to {@code height} values. */
    void truncate(int height) {
        size = height;
    }
}
