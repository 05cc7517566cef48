package dev.wasm4j.pure.internal.compile;

import java.util.Arrays;

/**
 * What a measuring compilation of a function records about each instruction: where it is, how much JVM
 * code it became, and the operand stack and control state before it. {@link FunctionSplitter} decides
 * from this where to cut a large function.
 */
final class InstructionLog {
    private int count;
    private int[] offset = new int[256];
    private int[] opcode = new int[256];
    private int[] size = new int[256];
    private int[] height = new int[256];
    /** Operand stack height at which the innermost enclosing frame's body starts. */
    private int[] frameBase = new int[256];
    private boolean[] reachable = new boolean[256];
    private long lastSize;

    void begin(int offset, int opcode, int height, int frameBase, boolean reachable, long sizeSoFar) {
        if (count == this.offset.length) {
            int n = count * 2;
            this.offset = Arrays.copyOf(this.offset, n);
            this.opcode = Arrays.copyOf(this.opcode, n);
            size = Arrays.copyOf(size, n);
            this.height = Arrays.copyOf(this.height, n);
            this.frameBase = Arrays.copyOf(this.frameBase, n);
            this.reachable = Arrays.copyOf(this.reachable, n);
        }
        if (count > 0) {
            size[count - 1] = (int) (sizeSoFar - lastSize);
        }
        lastSize = sizeSoFar;
        this.offset[count] = offset;
        this.opcode[count] = opcode;
        this.height[count] = height;
        this.frameBase[count] = frameBase;
        this.reachable[count] = reachable;
        count++;
    }

    void finish(long sizeSoFar) {
        if (count > 0) {
            size[count - 1] = (int) (sizeSoFar - lastSize);
        }
    }

    int count() {
        return count;
    }

    int offset(int i) {
        return offset[i];
    }

    int opcode(int i) {
        return opcode[i];
    }

    int size(int i) {
        return size[i];
    }

    /** Whether a part of the function may start before instruction {@code i}: nothing on the frame's stack. */
    boolean isCutPoint(int i) {
        return reachable[i] && height[i] == frameBase[i];
    }
}
