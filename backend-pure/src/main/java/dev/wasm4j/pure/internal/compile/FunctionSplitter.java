package dev.wasm4j.pure.internal.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static dev.wasm4j.pure.internal.decode.Opcodes.BLOCK;
import static dev.wasm4j.pure.internal.decode.Opcodes.CATCH;
import static dev.wasm4j.pure.internal.decode.Opcodes.CATCH_ALL;
import static dev.wasm4j.pure.internal.decode.Opcodes.DELEGATE;
import static dev.wasm4j.pure.internal.decode.Opcodes.ELSE;
import static dev.wasm4j.pure.internal.decode.Opcodes.END;
import static dev.wasm4j.pure.internal.decode.Opcodes.IF;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOOP;
import static dev.wasm4j.pure.internal.decode.Opcodes.TRY;
import static dev.wasm4j.pure.internal.decode.Opcodes.TRY_TABLE;

/**
 * Chooses where to cut a function whose JVM code would be too large. HotSpot does not JIT-compile
 * methods over 8000 bytes of bytecode ({@code -XX:HugeMethodLimit}) and the JVM rejects methods over
 * 64 KiB, so the function's block bodies are cut, innermost first, into parts of at most
 * {@link #DEFAULT_PART_MAX} bytes until every method is under {@link #DEFAULT_METHOD_LIMIT}. A cut is only possible
 * where the block's operand stack is empty (statement boundaries, in compiled C).
 */
final class FunctionSplitter {
    /** Keeps every method under HotSpot's HugeMethodLimit (8000 bytes) with a margin. */
    static final int DEFAULT_METHOD_LIMIT = 7_000;
    private static final int DEFAULT_PART_MAX = 6_000;
    /** Parts smaller than this cost more in calls than they save. */
    private static final int DEFAULT_PART_MIN = 200;

    // Not final so that tests can force splitting of small functions.
    static int methodLimit = DEFAULT_METHOD_LIMIT;
    private static int partMax = DEFAULT_PART_MAX;
    private static int partMin = DEFAULT_PART_MIN;
    /** JVM code of a part's call and exit dispatch, roughly. */
    private static final int CALL_COST = 40;

    private FunctionSplitter() {
    }

    /** Tests only: split with other limits (all functions are measured while they are changed). */
    static void setLimits(int method, int maxPart, int minPart) {
        methodLimit = method;
        partMax = maxPart;
        partMin = minPart;
    }

    static void resetLimits() {
        setLimits(DEFAULT_METHOD_LIMIT, DEFAULT_PART_MAX, DEFAULT_PART_MIN);
    }

    static boolean limitsChanged() {
        return methodLimit != DEFAULT_METHOD_LIMIT;
    }

    /** One element of a block body: an instruction, or a whole nested block [first, end). */
    private record Item(int first, int end, long size) {
    }

    private static final class Body {
        final int header;
        long nodeSize;
        /** A legacy try that has reached its catch clauses. */
        boolean catches;
        List<Item> items = new ArrayList<>();

        Body(int header, long nodeSize) {
            this.header = header;
            this.nodeSize = nodeSize;
        }
    }

    /** Plans the parts; the result may still leave the function over the limit if it has no cut points. */
    static SplitPlan plan(InstructionLog log, int functionIndex, int transferSlots) {
        SplitPlan plan = new SplitPlan(log, transferSlots);
        Deque<Body> stack = new ArrayDeque<>();
        stack.push(new Body(-1, 0));
        // Legacy catch bodies are never cut (a rethrow needs the caught exception in its method):
        // how many bodies around the current instruction are in their catch clauses.
        int inCatch = 0;
        for (int i = 0; i < log.count(); i++) {
            int op = log.opcode(i);
            if (op == BLOCK || op == LOOP || op == IF || op == TRY_TABLE || op == TRY) {
                stack.push(new Body(i, log.size(i)));
            } else if (op == ELSE || op == CATCH || op == CATCH_ALL) {
                Body b = stack.peek();
                b.nodeSize += partition(plan, log, b.items, i, functionIndex, inCatch > 0) + log.size(i);
                b.items = new ArrayList<>();
                if (op != ELSE && !b.catches) {
                    b.catches = true;
                    inCatch++;
                }
            } else if (op == END || op == DELEGATE) {
                Body b = stack.pop();
                long size = partition(plan, log, b.items, i, functionIndex, inCatch > 0) + log.size(i);
                if (b.catches) {
                    inCatch--;
                }
                if (b.header < 0) {
                    break;
                }
                stack.peek().items.add(new Item(b.header, i + 1, b.nodeSize + size));
            } else {
                stack.peek().items.add(new Item(i, i + 1, log.size(i)));
            }
        }
        return plan;
    }

    /**
     * Cuts parts out of one block body (its items, ended by the else or end at {@code endIndex}) until
     * it fits; returns the body's size afterwards.
     */
    private static long partition(SplitPlan plan, InstructionLog log, List<Item> items, int endIndex, int fn,
                                  boolean keepWhole) {
        long total = 0;
        for (Item it : items) {
            total += it.size;
        }
        if (keepWhole) {
            return total;
        }
        int n = items.size();
        int p = 0;
        while (total > methodLimit && p < n) {
            if (!isCut(log, items, p, endIndex)) {
                p++;
                continue;
            }
            long acc = 0;
            long bestAcc = 0;
            int best = -1;
            for (int q = p; q < n && acc + items.get(q).size <= partMax; q++) {
                acc += items.get(q).size;
                if (isCut(log, items, q + 1, endIndex)) {
                    best = q + 1;
                    bestAcc = acc;
                }
            }
            if (best > p && bestAcc >= partMin) {
                int end = best < n ? items.get(best).first : endIndex;
                plan.add(items.get(p).first, end, fn);
                total -= bestAcc - CALL_COST;
                p = best;
            } else {
                p++;
            }
        }
        return total;
    }

    private static boolean isCut(InstructionLog log, List<Item> items, int p, int endIndex) {
        return log.isCutPoint(p < items.size() ? items.get(p).first : endIndex);
    }
}
