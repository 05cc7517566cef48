package dev.wasm4j.pure.internal.model;

/**
 * The code of one defined function: its local declarations (as runs of {@code count} locals of one type,
 * parameters not included) and the byte range of its instructions in the module binary. The
 * instructions are decoded lazily, by {@link dev.wasm4j.pure.internal.decode.CodeReader}.
 */
public final class FunctionBody {
    private final int funcIndex;
    private final int[] runCounts;
    private final int[] runTypes;
    private final int localCount;
    private final int offset;
    private final int codeStart;
    private final int end;

    /**
     * @param offset    where the body (after its size) starts in the module, for error messages
     * @param codeStart where the instructions start
     * @param end       where the body ends, as its declared size says (exclusive)
     */
    public FunctionBody(int funcIndex, int[] runCounts, int[] runTypes, int offset, int codeStart, int end) {
        this.funcIndex = funcIndex;
        this.runCounts = runCounts.clone();
        this.runTypes = runTypes.clone();
        long total = 0;
        for (int c : runCounts) {
            total += c;
        }
        this.localCount = (int) total;
        this.offset = offset;
        this.codeStart = codeStart;
        this.end = end;
    }

    /** The function's index in the function index space (imports included). */
    public int funcIndex() {
        return funcIndex;
    }

    /** Number of declared locals, parameters excluded. */
    public int localCount() {
        return localCount;
    }

    public int localRunCount() {
        return runCounts.length;
    }

    public int localRunLength(int run) {
        return runCounts[run];
    }

    public int localRunType(int run) {
        return runTypes[run];
    }

    /** Writes the declared local types, expanded, into {@code out} from {@code from}. */
    public void expandLocals(int[] out, int from) {
        int p = from;
        for (int r = 0; r < runCounts.length; r++) {
            java.util.Arrays.fill(out, p, p + runCounts[r], runTypes[r]);
            p += runCounts[r];
        }
    }

    public int offset() {
        return offset;
    }

    public int codeStart() {
        return codeStart;
    }

    public int end() {
        return end;
    }
}
