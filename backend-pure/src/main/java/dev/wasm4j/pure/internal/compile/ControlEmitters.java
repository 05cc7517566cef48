package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.runtime.BranchTables;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.wasm4j.pure.internal.decode.Opcodes.BLOCK;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR_IF;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR_ON_NON_NULL;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR_ON_NULL;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR_TABLE;
import static dev.wasm4j.pure.internal.decode.Opcodes.DROP;
import static dev.wasm4j.pure.internal.decode.Opcodes.ELSE;
import static dev.wasm4j.pure.internal.decode.Opcodes.END;
import static dev.wasm4j.pure.internal.decode.Opcodes.IF;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOOP;
import static dev.wasm4j.pure.internal.decode.Opcodes.NOP;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETURN;
import static dev.wasm4j.pure.internal.decode.Opcodes.SELECT;
import static dev.wasm4j.pure.internal.decode.Opcodes.SELECT_T;
import static dev.wasm4j.pure.internal.decode.Opcodes.UNREACHABLE;

/**
 * Structured control flow on JVM labels: a block's label is at its end, a loop's at its start. Branches
 * that leave extra values on the stack drop them first (see {@link FunctionCompiler#branch}); br_table
 * is a tableswitch. Also drop and select, which only move operands. Fuel is charged before every branch
 * and label (see {@link Meter}).
 */
final class ControlEmitters {
    private ControlEmitters() {
    }

    static void register() {
        EmitterTable.put(UNREACHABLE, ControlEmitters::unreachable);
        EmitterTable.put(NOP, (c, r) -> { });
        EmitterTable.put(BLOCK, ControlEmitters::block);
        EmitterTable.put(LOOP, ControlEmitters::loop);
        EmitterTable.put(IF, ControlEmitters::ifThen);
        EmitterTable.put(ELSE, ControlEmitters::elseBranch);
        EmitterTable.put(END, ControlEmitters::end);
        EmitterTable.put(BR, ControlEmitters::br);
        EmitterTable.put(BR_IF, ControlEmitters::brIf);
        EmitterTable.put(BR_TABLE, ControlEmitters::brTable);
        EmitterTable.put(BR_ON_NULL, ControlEmitters::brOnNull);
        EmitterTable.put(BR_ON_NON_NULL, ControlEmitters::brOnNonNull);
        EmitterTable.put(RETURN, ControlEmitters::ret);
        EmitterTable.put(DROP, ControlEmitters::drop);
        EmitterTable.put(SELECT, ControlEmitters::select);
        EmitterTable.put(SELECT_T, ControlEmitters::select);
    }

    private static void unreachable(FunctionCompiler c, CodeReader r) {
        c.meter().discard();
        c.markPosition();
        c.invokeStatic(Names.TRAPS, "unreachable", "()Ljava/lang/RuntimeException;");
        c.mv().visitInsn(Opcodes.ATHROW);
        c.setReachable(false);
    }

    private static void block(FunctionCompiler c, CodeReader r) {
        int[][] bt = c.blockType(r);
        c.pushFrame(ControlFrame.Kind.BLOCK, bt[0], bt[1]);
    }

    private static void loop(FunctionCompiler c, CodeReader r) {
        int[][] bt = c.blockType(r);
        ControlFrame f = c.pushFrame(ControlFrame.Kind.LOOP, bt[0], bt[1]);
        if (!f.dead) {
            c.meter().charge();
            c.mv().visitLabel(f.label);
            c.meter().checkEpoch();
        }
    }

    private static void ifThen(FunctionCompiler c, CodeReader r) {
        int[][] bt = c.blockType(r);
        int jumpIfTrue = Opcodes.IFNE;
        if (c.reachable()) {
            c.stack().pop();
            jumpIfTrue = c.takeCondition();
        }
        ControlFrame f = c.pushFrame(ControlFrame.Kind.IF, bt[0], bt[1]);
        if (!f.dead) {
            c.meter().charge();
            c.mv().visitJumpInsn(FunctionCompiler.invertJump(jumpIfTrue), f.elseLabel);
        }
    }

    private static void elseBranch(FunctionCompiler c, CodeReader r) {
        ControlFrame f = c.topFrame();
        f.hasElse = true;
        if (f.dead) {
            return;
        }
        if (c.reachable()) {
            c.meter().charge();
            c.mv().visitJumpInsn(Opcodes.GOTO, f.label);
            f.thenFellThrough = true;
        }
        c.mv().visitLabel(f.elseLabel);
        c.stack().truncate(f.height);
        c.stack().pushAll(f.params);
        c.setReachable(true);
    }

    /** Also what {@code delegate} does to end its try block. */
    static void end(FunctionCompiler c, CodeReader r) {
        if (c.reachable()) {
            c.meter().charge(); // the end's label also gets control from branches
        }
        ControlFrame f = c.popFrame();
        if (f.dead) {
            return;
        }
        MethodVisitor mv = c.mv();
        if (f.tryTable != null) {
            f.tryTable.range.close(mv);
        }
        if (f.legacyTry != null) {
            LegacyExceptionEmitters.beforeEnd(c, f);
        }
        boolean after;
        switch (f.kind) {
            case FUNCTION -> {
                if (c.reachable()) {
                    c.emitReturn();
                }
                return;
            }
            case LOOP -> after = c.reachable();
            case IF -> {
                if (!f.hasElse) {
                    mv.visitLabel(f.elseLabel);
                }
                after = c.reachable() || f.branchedTo || f.thenFellThrough || !f.hasElse;
                mv.visitLabel(f.label);
            }
            default -> {
                after = c.reachable() || f.branchedTo;
                mv.visitLabel(f.label);
            }
        }
        c.stack().truncate(f.height);
        c.stack().pushAll(f.results);
        if (f.tryTable != null) {
            ExceptionEmitters.endTryTable(c, f, after);
        }
        if (f.legacyTry != null) {
            LegacyExceptionEmitters.afterEnd(c, f);
        }
        c.setReachable(after);
    }


    private static void br(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        c.branch(c.frame(r.index()));
        c.setReachable(false);
    }

    /**
     * Only the taken branch pays for the run so far (the fall-through continues it), so that a loop with
     * a conditional exit still pays once per iteration.
     */
    private static void brIf(FunctionCompiler c, CodeReader r) {
        c.stack().pop();
        int jumpIfTrue = c.takeCondition();
        ControlFrame target = c.frame(r.index());
        if (c.meter().settled() && isPlainJump(c, target)) {
            c.mv().visitJumpInsn(jumpIfTrue, target.label);
            target.branchedTo = true;
            return;
        }
        Label skip = new Label();
        c.mv().visitJumpInsn(FunctionCompiler.invertJump(jumpIfTrue), skip);
        c.meter().chargeContinuing();
        c.branch(target);
        c.mv().visitLabel(skip);
    }

    /** [ref]: branches without the reference when it is null, else keeps it (now non-null). */
    private static void brOnNull(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int t = c.stack().pop();
        MethodVisitor mv = c.mv();
        Label nonNull = new Label();
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNONNULL, nonNull);
        mv.visitInsn(Opcodes.POP);
        c.branch(c.frame(r.index()));
        mv.visitLabel(nonNull);
        c.stack().push(t & ~ValueTypes.NULLABLE);
    }

    /** [ref]: branches with the reference when it is not null, else drops it. */
    private static void brOnNonNull(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        MethodVisitor mv = c.mv();
        Label isNull = new Label();
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNULL, isNull);
        c.branch(c.frame(r.index()));
        mv.visitLabel(isNull);
        mv.visitInsn(Opcodes.POP);
        c.stack().pop();
    }

    /** Whether branching to {@code target} is a bare jump: no values to drop, not a return. */
    private static boolean isPlainJump(FunctionCompiler c, ControlFrame target) {
        return target.kind != ControlFrame.Kind.FUNCTION && !target.isExternal()
                && c.stack().size() - target.branchTypes().length == target.height;
    }

    /** Above this many targets a br_table switches over its distinct targets instead (4 bytes a target). */
    static final int LARGE_BR_TABLE = 512;
    /** The threshold in use; tests lower it to run every br_table of the spec suite through the large form. */
    private static volatile int largeBrTable = LARGE_BR_TABLE;
    private static final String BRANCH_TABLES = Type.getInternalName(BranchTables.class);
    private static final Handle CASES_BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, BRANCH_TABLES, "cases",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;[Ljava/lang/String;)[C",
            false);

    static void setLargeBrTable(int targets) {
        largeBrTable = targets;
    }

    private static void brTable(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        c.stack().pop();
        MethodVisitor mv = c.mv();
        int n = r.targetCount();
        if (n == 0) {
            mv.visitInsn(Opcodes.POP);
            c.branch(c.frame(r.index()));
            c.setReachable(false);
            return;
        }
        // Targets needing stack adjustment (or a return) get a trampoline after the switch.
        Map<Integer, Label> labels = new HashMap<>();
        Map<Integer, Label> trampolines = new HashMap<>();
        if (n > largeBrTable) {
            switchOverDistinctTargets(c, r, labels, trampolines);
        } else {
            Label[] cases = new Label[n];
            for (int i = 0; i < n; i++) {
                cases[i] = labelFor(c, r.target(i), labels, trampolines);
            }
            Label dflt = labelFor(c, r.index(), labels, trampolines);
            mv.visitTableSwitchInsn(0, n - 1, dflt, cases);
        }
        for (Map.Entry<Integer, Label> t : trampolines.entrySet()) {
            mv.visitLabel(t.getValue());
            c.branch(c.frame(t.getKey()));
        }
        c.setReachable(false);
    }

    /**
     * A large br_table (see {@link BranchTables}): the index becomes the ordinal of its target among the
     * distinct targets, through a constant table, and a tableswitch over the ordinals branches.
     */
    private static void switchOverDistinctTargets(FunctionCompiler c, CodeReader r, Map<Integer, Label> labels,
                                                  Map<Integer, Label> trampolines) {
        int n = r.targetCount();
        Map<Integer, Integer> ordinals = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            table.append((char) (int) ordinals.computeIfAbsent(r.target(i), d -> ordinals.size()));
        }
        int dflt = ordinals.computeIfAbsent(r.index(), d -> ordinals.size());
        Object[] chunks = new Object[(n + BranchTables.CHUNK - 1) / BranchTables.CHUNK];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = table.substring(i * BranchTables.CHUNK, Math.min(n, (i + 1) * BranchTables.CHUNK));
        }
        MethodVisitor mv = c.mv();
        mv.visitLdcInsn(new ConstantDynamic("cases", "[C", CASES_BOOTSTRAP, chunks));
        c.iconst(dflt);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, BRANCH_TABLES, "caseOf", "(I[CI)I", false);
        Label[] byOrdinal = new Label[ordinals.size()];
        for (Map.Entry<Integer, Integer> e : ordinals.entrySet()) {
            byOrdinal[e.getValue()] = labelFor(c, e.getKey(), labels, trampolines);
        }
        mv.visitTableSwitchInsn(0, byOrdinal.length - 1, byOrdinal[dflt], byOrdinal);
    }

    private static Label labelFor(FunctionCompiler c, int depth, Map<Integer, Label> labels,
                                  Map<Integer, Label> trampolines) {
        return labels.computeIfAbsent(depth, d -> {
            ControlFrame target = c.frame(d);
            if (isPlainJump(c, target)) {
                target.branchedTo = true;
                return target.label;
            }
            Label t = new Label();
            trampolines.put(d, t);
            return t;
        });
    }

    private static void ret(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        c.emitReturn();
        c.setReachable(false);
    }

    private static void drop(FunctionCompiler c, CodeReader r) {
        c.mv().visitInsn(JvmTypes.popOpcode(c.stack().pop()));
    }

    /** select: keeps the first operand when the condition is non-zero, else the second. */
    private static void select(FunctionCompiler c, CodeReader r) {
        c.stack().pop();
        int t = c.stack().pop();
        c.stack().pop();
        MethodVisitor mv = c.mv();
        Label first = new Label();
        Label done = new Label();
        mv.visitJumpInsn(Opcodes.IFNE, first);
        if (JvmTypes.isWide(t)) {
            mv.visitInsn(Opcodes.DUP2_X2);
            mv.visitInsn(Opcodes.POP2);
            mv.visitInsn(Opcodes.POP2);
        } else {
            mv.visitInsn(Opcodes.SWAP);
            mv.visitInsn(Opcodes.POP);
        }
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(first);
        mv.visitInsn(JvmTypes.popOpcode(t));
        mv.visitLabel(done);
        c.stack().push(t);
    }
}
