package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.runtime.CodeNames;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;

import static dev.wasm4j.pure.internal.decode.Opcodes.BLOCK;
import static dev.wasm4j.pure.internal.decode.Opcodes.BR_IF;
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
 * Compiles one wasm function into one static JVM method: wasm locals become JVM locals, the wasm operand
 * stack is the JVM operand stack, and each instruction is emitted by the emitter {@link EmitterTable}
 * maps its opcode to. This class holds the state emitters share (type stack, control stack, locals) and
 * the helpers they use; unreachable code is skipped, only its block structure is tracked.
 *
 * <p>A function too large for one method is compiled as a main method and parts (see
 * {@link FunctionSplitter}): each part is compiled by its own instance of this class, whose control
 * stack starts with the frames around the part as "external" frames; branching to one of those, or
 * returning, stores the carried values in the transfer slots and returns the frame's exit code, which
 * the caller turns into the same branch on its side.
 */
final class FunctionCompiler {
    private final ModulePlan plan;
    private final FunctionClass owner;
    private final int funcIndex;
    private final FuncSig sig;
    private final FunctionBody body;
    private final MethodVisitor mv;
    private final CodeReader reader;
    private final TypeStack stack = new TypeStack();
    private final List<ControlFrame> control = new ArrayList<>();
    private final Locals locals;
    /** The parts of a split function, else null. */
    private final SplitPlan split;
    /** The part this compiler compiles, or null for the function's main method. */
    private final SplitPlan.Part part;
    /** Filled in by a measuring compilation, else null. */
    private final InstructionLog log;
    private final SizeCountingVisitor counter;
    /** Fuel charges and epoch checks, when the engine asks for them. */
    private final Meter meter;
    /** A comparison not materialized yet, see {@link #condition}; 0 when none. */
    private int pendingJump;
    /** Code placed after the method's last instruction, outside every handler range (see atMethodEnd). */
    private final List<Runnable> outOfLine = new ArrayList<>();
    /** A whole function's code size above which {@link #compile} gives up with {@link NeedsSplit}. */
    private final long sizeLimit;
    private boolean reachable = true;
    private int lastLine = -1;
    /** Index of the next instruction in the body. */
    private int index;
    private int maxArity;

    private FunctionCompiler(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv, SplitPlan split,
                             SplitPlan.Part part, InstructionLog log, boolean spilled) {
        this(plan, owner, funcIndex, mv, split, part, log, spilled, Long.MAX_VALUE);
    }

    private FunctionCompiler(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv, SplitPlan split,
                             SplitPlan.Part part, InstructionLog log, boolean spilled, long sizeLimit) {
        this.plan = plan;
        this.owner = owner;
        this.funcIndex = funcIndex;
        this.sig = plan.module().funcType(funcIndex);
        this.body = plan.module().body(funcIndex);
        this.sizeLimit = sizeLimit;
        this.counter = log != null || sizeLimit != Long.MAX_VALUE ? new SizeCountingVisitor(mv) : null;
        this.mv = counter != null ? counter : mv;
        this.split = split;
        this.part = part;
        this.log = log;
        int start = part == null ? body.codeStart() : split.log.offset(part.start);
        this.reader = plan.codeReader(body, start);
        this.locals = part != null ? Locals.forPiece(sig, body, plan.hasMemory(), funcIndex)
                : Locals.forFunction(sig, body, plan.hasMemory(), funcIndex, spilled || split != null);
        this.index = part == null ? 0 : part.start;
        this.maxArity = sig.resultCount();
        this.meter = new Meter(this, plan.instrumentation());
    }

    /** The whole function in one method. */
    static FunctionCompiler whole(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv) {
        return new FunctionCompiler(plan, owner, funcIndex, mv, null, null, null, false);
    }

    /**
     * The whole function in one method, counting its code size on the way: over {@code sizeLimit} bytes
     * it stops with {@link NeedsSplit}, leaving {@code mv} unfinished (its class must be discarded).
     */
    static FunctionCompiler wholeUpTo(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv,
                                      long sizeLimit) {
        return new FunctionCompiler(plan, owner, funcIndex, mv, null, null, null, false, sizeLimit);
    }

    /** Thrown by a compilation of {@link #wholeUpTo} when the function must be split. */
    static final class NeedsSplit extends RuntimeException {
        final int funcIndex;

        NeedsSplit(int funcIndex) {
            super("function " + funcIndex + " needs a split", null, false, false);
            this.funcIndex = funcIndex;
        }
    }

    /** A dry run that records each instruction's code size; {@code spilled} as in a split function. */
    static FunctionCompiler measuring(ModulePlan plan, FunctionClass owner, int funcIndex, InstructionLog log,
                                      boolean spilled) {
        return new FunctionCompiler(plan, owner, funcIndex, null, null, null, log, spilled);
    }

    /** The main method of a split function. */
    static FunctionCompiler splitMain(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv,
                                      SplitPlan split) {
        return new FunctionCompiler(plan, owner, funcIndex, mv, split, null, null, true);
    }

    /** One part of a split function. */
    static FunctionCompiler splitPart(ModulePlan plan, FunctionClass owner, int funcIndex, MethodVisitor mv,
                                      SplitPlan split, SplitPlan.Part part) {
        return new FunctionCompiler(plan, owner, funcIndex, mv, split, part, null, true);
    }

    /** Code bytes emitted so far (measuring compilations only). */
    long codeSize() {
        return counter.size();
    }

    /** The most values a label or the function's result carries (measuring compilations only). */
    int maxArity() {
        return maxArity;
    }

    void compile() {
        mv.visitCode();
        if (part == null) {
            initializeLocals();
            reloadMemory();
            meter.checkEpoch();
            control.add(new ControlFrame(ControlFrame.Kind.FUNCTION, new int[0], functionResults(), 0, false));
        } else {
            reloadMemory();
            enterPart();
        }
        while (!control.isEmpty()) {
            if (part != null && index == part.end) {
                if (reachable) {
                    meter.charge();
                    mv.visitInsn(Opcodes.ICONST_0);
                    mv.visitInsn(Opcodes.IRETURN);
                    part.fallsThrough = true;
                }
                break;
            }
            if (counter != null && counter.size() > sizeLimit) {
                throw new NeedsSplit(funcIndex);
            }
            int op = reader.next();
            if (log != null) {
                log.begin(reader.offset(), op, stack.size(), topFrame().height, reachable, counter.size());
            }
            SplitPlan.Part call = split == null || !reachable ? null : split.partAt(index);
            if (call != null && call != part) {
                materializeCondition();
                callPart(call);
                continue;
            }
            index++;
            if (!reachable && !isStructural(op)) {
                continue;
            }
            if (reachable) {
                meter.count(op);
            }
            if (op != BR_IF && op != IF) {
                materializeCondition();
            }
            EmitterTable.get(op).emit(this, reader);
        }
        for (Runnable code : outOfLine) {
            code.run();
        }
        if (log != null) {
            log.finish(counter.size());
        }
        if (counter != null && counter.size() > sizeLimit) {
            throw new NeedsSplit(funcIndex);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static boolean isStructural(int op) {
        return op == BLOCK || op == LOOP || op == IF || op == ELSE || op == END || op == TRY_TABLE
                || op == TRY || op == CATCH || op == CATCH_ALL || op == DELEGATE;
    }

    /** Wasm locals start at zero; the JVM also needs every local assigned before it is read. */
    private void initializeLocals() {
        if (locals.spilled()) {
            int transfer = split != null ? split.transferSlots : 0;
            iconst(locals.longArrayLength(transfer));
            mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
            mv.visitVarInsn(Opcodes.ASTORE, locals.longsSlot);
            iconst(locals.refArrayLength(transfer));
            mv.visitTypeInsn(Opcodes.ANEWARRAY, JvmTypes.OBJECT);
            mv.visitVarInsn(Opcodes.ASTORE, locals.refsSlot);
            locals.emitParameterSpill(mv);
            // The arrays start zeroed and null, every local's zero (a v128 is two longs there).
            return;
        }
        locals.emitParameterUnpack(mv);
        for (int i = locals.paramCount(); i < locals.count(); i++) {
            if (locals.type(i) == ValueTypes.V128) {
                locals.emitZeroV128(mv, i);
            } else {
                pushDefault(locals.type(i));
                locals.emitSet(mv, i);
            }
        }
    }

    /**
     * Sets up the control stack of a part: the frames around it, found by scanning the block structure
     * from the start of the body, each reachable by an exit code (1 for the innermost).
     */
    private void enterPart() {
        List<int[][]> chain = new ArrayList<>();
        List<ControlFrame.Kind> kinds = new ArrayList<>();
        chain.add(new int[][] {new int[0], functionResults()});
        kinds.add(ControlFrame.Kind.FUNCTION);
        CodeReader scan = plan.codeReader(body, body.codeStart());
        for (int i = 0; i < part.start; i++) {
            int op = scan.next();
            if (op == BLOCK || op == LOOP || op == IF || op == TRY_TABLE || op == TRY) {
                chain.add(blockType(scan));
                // A try_table is a block to the code inside it; its handler is in the method that holds it.
                kinds.add(op == LOOP ? ControlFrame.Kind.LOOP : op == IF ? ControlFrame.Kind.IF : ControlFrame.Kind.BLOCK);
            } else if (op == END || op == DELEGATE) {
                chain.remove(chain.size() - 1);
                kinds.remove(kinds.size() - 1);
            }
        }
        int n = chain.size();
        for (int i = 0; i < n; i++) {
            control.add(ControlFrame.external(kinds.get(i), chain.get(i)[0], chain.get(i)[1], n - i));
        }
    }

    /** Calls a part and continues as it says: fall through, or branch where it branched. */
    private void callPart(SplitPlan.Part p) {
        meter.charge(); // the part charges its own instructions
        markPosition();
        mv.visitVarInsn(Opcodes.ALOAD, locals.longsSlot);
        mv.visitVarInsn(Opcodes.ALOAD, locals.refsSlot);
        loadInstance();
        invokeStatic(owner.internalName(), p.method, SplitPlan.PART_DESCRIPTOR);
        reloadMemory();
        Label next = new Label();
        if (p.exits.isEmpty()) {
            mv.visitInsn(Opcodes.POP);
        } else {
            int n = p.exits.size() + (p.fallsThrough ? 1 : 0);
            int[] keys = new int[n];
            Label[] labels = new Label[n];
            int k = 0;
            if (p.fallsThrough) {
                keys[k] = 0;
                labels[k++] = next;
            }
            for (int code : p.exits) {
                keys[k] = code;
                labels[k++] = new Label();
            }
            mv.visitLookupSwitchInsn(labels[0], keys, labels);
            for (int i = p.fallsThrough ? 1 : 0; i < n; i++) {
                mv.visitLabel(labels[i]);
                ControlFrame target = frame(keys[i] - 1);
                int[] types = target.branchTypes();
                for (int j = 0; j < types.length; j++) {
                    locals.emitTransferGet(mv, types[j], j);
                    stack.push(types[j]);
                }
                branch(target);
                stack.pop(types.length);
            }
        }
        if (p.fallsThrough) {
            mv.visitLabel(next);
        } else if (p.exits.isEmpty()) {
            // The part never returns normally (it ends in a trap); the JVM still wants no fall-off.
            invokeStatic(Names.TRAPS, "unreachable", "()Ljava/lang/RuntimeException;");
            mv.visitInsn(Opcodes.ATHROW);
        }
        reachable = p.fallsThrough;
        while (index < p.end) {
            if (index > p.start) {
                reader.next();
            }
            index++;
        }
    }

    void pushDefault(int type) {
        switch (type) {
            case ValueTypes.I32 -> mv.visitInsn(Opcodes.ICONST_0);
            case ValueTypes.I64 -> mv.visitInsn(Opcodes.LCONST_0);
            case ValueTypes.F32 -> mv.visitInsn(Opcodes.FCONST_0);
            case ValueTypes.F64 -> mv.visitInsn(Opcodes.DCONST_0);
            case ValueTypes.V128 -> mv.visitFieldInsn(Opcodes.GETSTATIC, JvmTypes.V128, "ZERO", JvmTypes.V128_DESC);
            default -> mv.visitInsn(Opcodes.ACONST_NULL);
        }
    }

    /** The result types of the function being compiled. */
    int[] functionResults() {
        return sig.results();
    }

    // ---- accessors for emitters

    MethodVisitor mv() {
        return mv;
    }

    ModulePlan plan() {
        return plan;
    }

    FunctionClass owner() {
        return owner;
    }

    TypeStack stack() {
        return stack;
    }

    Locals locals() {
        return locals;
    }

    /**
     * Emits {@code code} after the method's last instruction, where no exception-handler range of the
     * method covers it (it is reached only by jumps or as a handler).
     */
    void atMethodEnd(Runnable code) {
        outOfLine.add(code);
    }

    Meter meter() {
        return meter;
    }

    // ---- line numbers: the instruction's offset from the body start, for backtraces

    /** Records the current instruction's position; call before emitting anything that can trap or call. */
    void markPosition() {
        int line = reader.offset() - body.codeStart() + 1;
        if (line != lastLine && line > 0 && line < CodeNames.MAX_LINE) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }

    // ---- instance and memory

    void loadInstance() {
        mv.visitVarInsn(Opcodes.ALOAD, locals.instanceSlot);
    }

    /**
     * Pushes the current byte[] of {@code memory}: memory 0's from the method's cache, any other's read
     * from the instance each time (so a grow by another function is always seen).
     */
    void loadMemoryBytes(int memory) {
        if (memory == 0) {
            mv.visitVarInsn(Opcodes.ALOAD, locals.memorySlot);
            return;
        }
        loadInstance();
        mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.INSTANCE, "memories", "[L" + Names.MEMORY + ";");
        iconst(memory);
        mv.visitInsn(Opcodes.AALOAD);
        mv.visitFieldInsn(Opcodes.GETFIELD, Names.MEMORY, "bytes", "[B");
    }

    /** Refreshes the cached byte[]: needed after anything that may have grown memory 0. */
    void reloadMemory() {
        if (locals.memorySlot < 0) {
            return;
        }
        loadInstance();
        mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.INSTANCE, "memory", "L" + Names.MEMORY + ";");
        mv.visitFieldInsn(Opcodes.GETFIELD, Names.MEMORY, "bytes", "[B");
        mv.visitVarInsn(Opcodes.ASTORE, locals.memorySlot);
    }

    // ---- constants

    void iconst(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void lconst(long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(Opcodes.LCONST_0 + (int) v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Pushes an f32 by its bits; NaNs go through intBitsToFloat so their payload is exact. */
    void fconstBits(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (f != f) {
            mv.visitLdcInsn(bits);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
        } else if (bits == 0) {
            mv.visitInsn(Opcodes.FCONST_0);
        } else if (f == 1.0f || f == 2.0f) {
            mv.visitInsn(Opcodes.FCONST_0 + (int) f);
        } else {
            mv.visitLdcInsn(f);
        }
    }

    /** A v128 constant: a new V128 of the two halves (C2 scalar-replaces it when it does not escape). */
    void v128const(long lo, long hi) {
        if (lo == 0 && hi == 0) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, JvmTypes.V128, "ZERO", JvmTypes.V128_DESC);
            return;
        }
        mv.visitTypeInsn(Opcodes.NEW, JvmTypes.V128);
        mv.visitInsn(Opcodes.DUP);
        lconst(lo);
        lconst(hi);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, JvmTypes.V128, "<init>", "(JJ)V", false);
    }

    void dconstBits(long bits) {
        double d = Double.longBitsToDouble(bits);
        if (d != d) {
            mv.visitLdcInsn(bits);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        } else if (bits == 0) {
            mv.visitInsn(Opcodes.DCONST_0);
        } else if (d == 1.0) {
            mv.visitInsn(Opcodes.DCONST_1);
        } else {
            mv.visitLdcInsn(d);
        }
    }

    void invokeStatic(String owner, String name, String desc) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, false);
    }

    /**
     * A comparison's result, as the conditional jump that tests it on the operands the comparison left on
     * the JVM stack. It stays pending so that a br_if or if right after jumps on it directly (one JVM
     * branch instead of materializing 0 or 1 and testing that, which matters in the interpreter and in
     * C1 code, and gives C2 a plain loop-exit test); before any other instruction it is materialized.
     */
    void condition(int jumpOpcode) {
        pendingJump = jumpOpcode;
    }

    /**
     * For br_if and if: the jump opcode that branches when the condition on the stack is true, i.e. a
     * pending comparison's, or IFNE on a materialized i32.
     */
    int takeCondition() {
        int j = pendingJump;
        pendingJump = 0;
        return j != 0 ? j : Opcodes.IFNE;
    }

    /** The jump opcode with the opposite condition, on the same operands. */
    static int invertJump(int jumpOpcode) {
        return switch (jumpOpcode) {
            case Opcodes.IFEQ -> Opcodes.IFNE;
            case Opcodes.IFNE -> Opcodes.IFEQ;
            case Opcodes.IFLT -> Opcodes.IFGE;
            case Opcodes.IFGE -> Opcodes.IFLT;
            case Opcodes.IFGT -> Opcodes.IFLE;
            case Opcodes.IFLE -> Opcodes.IFGT;
            case Opcodes.IF_ICMPEQ -> Opcodes.IF_ICMPNE;
            case Opcodes.IF_ICMPNE -> Opcodes.IF_ICMPEQ;
            case Opcodes.IF_ICMPLT -> Opcodes.IF_ICMPGE;
            case Opcodes.IF_ICMPGE -> Opcodes.IF_ICMPLT;
            case Opcodes.IF_ICMPGT -> Opcodes.IF_ICMPLE;
            case Opcodes.IF_ICMPLE -> Opcodes.IF_ICMPGT;
            case Opcodes.IFNULL -> Opcodes.IFNONNULL;
            case Opcodes.IFNONNULL -> Opcodes.IFNULL;
            default -> throw new IllegalArgumentException("not a conditional jump: " + jumpOpcode);
        };
    }

    /** Turns a pending comparison into the i32 0 or 1 on the stack. */
    private void materializeCondition() {
        if (pendingJump == 0) {
            return;
        }
        int jumpOpcode = pendingJump;
        pendingJump = 0;
        Label yes = new Label();
        Label done = new Label();
        mv.visitJumpInsn(jumpOpcode, yes);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(yes);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitLabel(done);
    }

    // ---- control

    boolean reachable() {
        return reachable;
    }

    void setReachable(boolean reachable) {
        assert reachable || meter.settled() : "fuel counted but not charged before the end of a run";
        this.reachable = reachable;
    }

    ControlFrame pushFrame(ControlFrame.Kind kind, int[] params, int[] results) {
        ControlFrame f = new ControlFrame(kind, params, results, stack.size() - params.length, !reachable);
        control.add(f);
        maxArity = Math.max(maxArity, Math.max(params.length, results.length));
        return f;
    }

    ControlFrame topFrame() {
        return control.get(control.size() - 1);
    }

    ControlFrame popFrame() {
        return control.remove(control.size() - 1);
    }

    /** The frame a branch of label depth {@code depth} targets. */
    ControlFrame frame(int depth) {
        return control.get(control.size() - 1 - depth);
    }

    /**
     * Jumps to {@code target}'s label, first dropping the values between the branch's operands and the
     * target's base height so the JVM stack has the height the target expects. The type stack is not
     * changed: the caller decides what follows (dead code, or the not-taken path of br_if).
     */
    void branch(ControlFrame target) {
        if (target.isExternal()) {
            exitPart(target);
            return;
        }
        if (target.kind == ControlFrame.Kind.FUNCTION) {
            emitReturn();
            return;
        }
        int keep = target.branchTypes().length;
        int excess = stack.size() - keep - target.height;
        if (excess > 0) {
            dropBelow(keep, excess);
        }
        mv.visitJumpInsn(Opcodes.GOTO, target.label);
        target.branchedTo = true;
    }

    /** Leaves a part for a frame outside it: the carried values go to the transfer slots. */
    private void exitPart(ControlFrame target) {
        int[] types = target.branchTypes();
        maxArity = Math.max(maxArity, types.length);
        for (int j = types.length - 1; j >= 0; j--) {
            locals.emitTransferSet(mv, types[j], j);
        }
        iconst(target.exitCode);
        mv.visitInsn(Opcodes.IRETURN);
        part.exits.add(target.exitCode);
    }

    /** Emits the JVM code for dropping {@code excess} values below the top {@code keep} values. */
    private void dropBelow(int keep, int excess) {
        int[] kept = new int[keep];
        int[] slots = new int[keep];
        for (int i = 0; i < keep; i++) {
            kept[i] = stack.peek(i);
            slots[i] = locals.borrow(kept[i]);
            mv.visitVarInsn(JvmTypes.storeOpcode(kept[i]), slots[i]);
        }
        for (int i = 0; i < excess; i++) {
            mv.visitInsn(JvmTypes.popOpcode(stack.peek(keep + i)));
        }
        for (int i = keep - 1; i >= 0; i--) {
            mv.visitVarInsn(JvmTypes.loadOpcode(kept[i]), slots[i]);
            locals.giveBack(kept[i], slots[i]);
        }
    }

    /** Returns the function's results from the top of the stack (anything below them is left). */
    void emitReturn() {
        if (part != null) {
            exitPart(control.get(0));
            return;
        }
        int[] results = functionResults();
        switch (results.length) {
            case 0 -> mv.visitInsn(Opcodes.RETURN);
            case 1 -> mv.visitInsn(JvmTypes.returnOpcode(results[0]));
            default -> {
                packResults(results);
                mv.visitInsn(Opcodes.ARETURN);
            }
        }
    }

    /** Replaces the top {@code types.length} values with an Object[] of them, boxed. */
    void packResults(int[] types) {
        int n = types.length;
        int[] slots = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            slots[i] = locals.borrow(types[i]);
            mv.visitVarInsn(JvmTypes.storeOpcode(types[i]), slots[i]);
        }
        iconst(n);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, JvmTypes.OBJECT);
        for (int i = 0; i < n; i++) {
            mv.visitInsn(Opcodes.DUP);
            iconst(i);
            mv.visitVarInsn(JvmTypes.loadOpcode(types[i]), slots[i]);
            box(types[i]);
            mv.visitInsn(Opcodes.AASTORE);
        }
        for (int i = 0; i < n; i++) {
            locals.giveBack(types[i], slots[i]);
        }
    }

    /** Replaces an Object[] of boxed values on the stack by the values themselves. */
    void unpackResults(int[] types) {
        int array = locals.borrowRef();
        mv.visitVarInsn(Opcodes.ASTORE, array);
        for (int i = 0; i < types.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, array);
            iconst(i);
            mv.visitInsn(Opcodes.AALOAD);
            unbox(types[i]);
        }
        locals.giveBackRef(array);
    }

    private void box(int type) {
        String box = JvmTypes.boxClass(type);
        if (!JvmTypes.isObject(type)) {
            invokeStatic(box, "valueOf", "(" + JvmTypes.descriptor(type) + ")L" + box + ";");
        }
    }

    private void unbox(int type) {
        JvmTypes.emitUnbox(mv, type);
    }

    /** The parameter and result types of a block type immediate. */
    int[][] blockType(CodeReader r) {
        int idx = r.blockTypeIndex();
        if (idx >= 0) {
            FuncSig s = plan.module().funcSig(idx);
            return new int[][] {s.params(), s.results()};
        }
        int t = r.blockValueType();
        return t == CodeReader.BLOCK_EMPTY ? new int[][] {new int[0], new int[0]}
                : new int[][] {new int[0], new int[] {t}};
    }
}
