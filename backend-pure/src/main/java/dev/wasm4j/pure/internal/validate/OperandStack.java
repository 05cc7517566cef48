package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.Arrays;

/**
 * The operand and control stacks of the spec's validation algorithm, over int-coded canonical types,
 * plus the initialization state of locals (non-defaultable locals must be set before use; a block's
 * sets are forgotten at its end). Reused from one function to the next: no allocation per instruction.
 */
final class OperandStack {
    static final int[] NONE = new int[0];

    private final ModuleTypes types;
    private int funcIndex;
    private int offset;

    private int[] vals = new int[64];
    private int sp;

    private int[] kinds = new int[16];
    private int[][] params = new int[16][];
    private int[][] results = new int[16][];
    private int[] heights = new int[16];
    private int[] initHeights = new int[16];
    private boolean[] unreachable = new boolean[16];
    private int csp;

    private int[] localTypes = new int[16];
    private boolean[] initialized = new boolean[16];
    private int localCount;
    private int[] initStack = new int[16];
    private int initSp;

    OperandStack(ModuleTypes types) {
        this.types = types;
    }

    /** Starts validating a function: both stacks empty, errors reported in it from {@code offset}. */
    void begin(int funcIndex, int offset) {
        this.funcIndex = funcIndex;
        this.offset = offset;
        this.sp = 0;
        this.csp = 0;
        this.initSp = 0;
        this.localCount = 0;
    }

    /** The function's locals, parameters first, canonical; parameters and defaultable ones are set. */
    void locals(int[] locals, int count, int paramCount) {
        this.localCount = count;
        if (localTypes.length < count) {
            localTypes = new int[count];
            initialized = new boolean[count];
        }
        System.arraycopy(locals, 0, localTypes, 0, count);
        for (int i = 0; i < count; i++) {
            initialized[i] = i < paramCount || ValueTypes.isDefaultable(locals[i]);
        }
    }

    void at(int instructionOffset) {
        this.offset = instructionOffset;
    }

    int offset() {
        return offset;
    }

    int funcIndex() {
        return funcIndex;
    }

    InvalidModuleException error(String reason) {
        return Messages.invalid(funcIndex, offset, reason);
    }

    InvalidModuleException typeMismatch() {
        return error("type mismatch");
    }

    // ---- operands

    void push(int type) {
        if (sp == vals.length) {
            vals = Arrays.copyOf(vals, sp * 2);
        }
        vals[sp++] = type;
    }

    void pushAll(int[] types) {
        for (int t : types) {
            push(t);
        }
    }

    /** Pops any operand; the unknown type when the current block is unreachable and empty. */
    int pop() {
        int height = heights[csp - 1];
        if (sp == height) {
            if (unreachable[csp - 1]) {
                return ValueTypes.BOTTOM;
            }
            throw typeMismatch();
        }
        return vals[--sp];
    }

    int pop(int expected) {
        int height = heights[csp - 1];
        if (sp > height) {
            int actual = vals[sp - 1];
            if (actual == expected || types.isSubtype(actual, expected)) {
                sp--;
                return actual;
            }
        } else if (unreachable[csp - 1]) {
            return ValueTypes.BOTTOM;
        }
        throw mismatch(new int[] {expected});
    }

    /**
     * Pops {@code count} operands of one type. An unreachable block's missing operands cost nothing, so
     * a huge count (array.new_fixed) cannot make validation slow.
     */
    void popRepeated(int expected, long count) {
        int height = heights[csp - 1];
        long available = sp - height;
        if (count > available && !unreachable[csp - 1]) {
            throw mismatch(new int[] {expected});
        }
        for (long i = Math.min(count, available); i > 0; i--) {
            pop(expected);
        }
    }

    /** Pops a reference; the unknown type comes back as a non-null reference to the bottom heap type. */
    int popRef() {
        int actual = pop();
        if (actual == ValueTypes.BOTTOM) {
            return ValueTypes.ref(false, ValueTypes.HT_BOTTOM);
        }
        if (!ValueTypes.isRef(actual)) {
            throw typeMismatch();
        }
        return actual;
    }

    void popAll(int[] expected) {
        checkTop(expected);
        int height = heights[csp - 1];
        sp = Math.max(height, sp - expected.length);
    }

    /**
     * Checks that the top operands match {@code expected} without popping them: the same as popping
     * them and pushing back what was popped, which br_table needs for each of its labels.
     */
    void checkTop(int[] expected) {
        checkTop(expected, "instruction");
    }

    private void checkTop(int[] expected, String what) {
        int height = heights[csp - 1];
        int p = sp;
        for (int i = expected.length - 1; i >= 0; i--) {
            if (p == height) {
                if (unreachable[csp - 1]) {
                    return;
                }
                throw mismatch(what, expected);
            }
            int actual = vals[--p];
            if (actual != expected[i] && !types.isSubtype(actual, expected[i])) {
                throw mismatch(what, expected);
            }
        }
    }

    int size() {
        return sp;
    }

    /** A type mismatch that names the types expected and the types found on top of the stack. */
    private InvalidModuleException mismatch(int[] expected) {
        return mismatch("instruction", expected);
    }

    private InvalidModuleException mismatch(String what, int[] expected) {
        int from = what.equals("block") ? heights[csp - 1] : Math.max(heights[csp - 1], sp - expected.length);
        return error("type mismatch: " + what + " requires " + typeList(expected, 0, expected.length)
                + " but stack has " + typeList(vals, from, sp));
    }

    private static String typeList(int[] types, int from, int to) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(ValueTypes.toString(types[i]));
        }
        return sb.append(']').toString();
    }

    // ---- control

    void pushCtrl(int kind, int[] in, int[] out) {
        if (csp == kinds.length) {
            int n = csp * 2;
            kinds = Arrays.copyOf(kinds, n);
            params = Arrays.copyOf(params, n);
            results = Arrays.copyOf(results, n);
            heights = Arrays.copyOf(heights, n);
            initHeights = Arrays.copyOf(initHeights, n);
            unreachable = Arrays.copyOf(unreachable, n);
        }
        kinds[csp] = kind;
        params[csp] = in;
        results[csp] = out;
        heights[csp] = sp;
        initHeights[csp] = initSp;
        unreachable[csp] = false;
        csp++;
        pushAll(in);
    }

    /** Pops the innermost frame after checking its results; its kind and types stay readable. */
    void popCtrl() {
        int f = csp - 1;
        int[] expected = results[f];
        int height = heights[f];
        checkTop(expected, "instruction");
        if (sp - height > expected.length) {
            throw mismatch("block", expected);
        }
        sp = height;
        resetLocals(initHeights[f]);
        csp--;
    }

    /** Kind of the frame just popped by {@link #popCtrl()} (or of the innermost one before). */
    int poppedKind() {
        return kinds[csp];
    }

    int[] poppedParams() {
        return params[csp];
    }

    int[] poppedResults() {
        return results[csp];
    }

    int depth() {
        return csp;
    }

    boolean hasLabel(int relativeDepth) {
        return relativeDepth >= 0 && relativeDepth < csp;
    }

    int kind(int relativeDepth) {
        return kinds[csp - 1 - relativeDepth];
    }

    int[] frameResults(int relativeDepth) {
        return results[csp - 1 - relativeDepth];
    }

    int[] labelTypes(int relativeDepth, int loopKind) {
        int f = csp - 1 - relativeDepth;
        return kinds[f] == loopKind ? params[f] : results[f];
    }

    void unreachable() {
        sp = heights[csp - 1];
        unreachable[csp - 1] = true;
    }

    // ---- locals

    int localCount() {
        return localCount;
    }

    int localType(int index) {
        return localTypes[index];
    }

    boolean isInitialized(int index) {
        return initialized[index];
    }

    void initialize(int index) {
        if (!initialized[index]) {
            initialized[index] = true;
            if (initSp == initStack.length) {
                initStack = Arrays.copyOf(initStack, initSp * 2);
            }
            initStack[initSp++] = index;
        }
    }

    private void resetLocals(int height) {
        while (initSp > height) {
            initialized[initStack[--initSp]] = false;
        }
    }
}
