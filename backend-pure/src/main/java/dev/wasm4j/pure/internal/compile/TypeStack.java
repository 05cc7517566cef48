package dev.wasm4j.pure.internal.compile;

import java.util.Arrays;

/** The wasm types of the values on the operand stack, which the JVM operand stack holds. */
final class TypeStack {
    private int[] types = new int[16];
    private int size;

    int size() {
        return size;
    }

    void push(int type) {
        if (size == types.length) {
            types = Arrays.copyOf(types, size * 2);
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
