package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.runtime.TailCalls;
import dev.wasm4j.pure.internal.runtime.Timing;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated class: the static methods of a group of functions, plus the stubs they call for
 * imported functions ({@code import<f>}) and for call_indirect ({@code indirect<table>$<type>}). A stub
 * looks the target up in the instance and invokes its handle with {@code invokeExact}; keeping that in
 * a stub leaves the call site a plain invokestatic with the operands where they are.
 */
final class FunctionClass {
    /** Bodies shorter than this compile to well under the JIT's method size limit. */
    private static final int MEASURE_FROM_BYTES = 256;
    private static final String FUNCTIONS_DESC = "[L" + Names.FUNCTION + ";";
    private static final String FUNCTION_DESC = "L" + Names.FUNCTION + ";";
    private static final String TAIL_CALLS = org.objectweb.asm.Type.getInternalName(TailCalls.class);

    private final ModulePlan plan;
    private final String internalName;
    private final ClassWriter cw;
    private final Map<String, Runnable> pendingStubs = new LinkedHashMap<>();
    private final Map<String, Boolean> stubs = new LinkedHashMap<>();
    /** Functions known to be too large for one method. */
    private final Set<Integer> needSplit;

    FunctionClass(ModulePlan plan, String internalName, Set<Integer> needSplit) {
        this.plan = plan;
        this.internalName = internalName;
        this.needSplit = needSplit;
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // Every reference the compiled code merges is used as an Object afterwards.
                return JvmTypes.OBJECT;
            }
        };
    }

    String internalName() {
        return internalName;
    }

    byte[] compile(int[] functions) {
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, internalName, null,
                JvmTypes.OBJECT, null);
        cw.visitSource("wasm", null);
        for (int f : functions) {
            compileFunction(f);
        }
        while (!pendingStubs.isEmpty()) {
            List<Runnable> todo = new ArrayList<>(pendingStubs.values());
            pendingStubs.clear();
            todo.forEach(Runnable::run);
        }
        cw.visitEnd();
        long t = Timing.start();
        byte[] bytes = cw.toByteArray();
        Timing.end(Timing.Phase.WRITE, t);
        return bytes;
    }

    /**
     * Compiles a function to one method, or, when its code would be too large for the JIT (see
     * {@link FunctionSplitter}), to a main method and parts. Small bodies cannot get that large; larger
     * ones are measured while they are emitted, and one that turns out too large aborts the class with
     * {@link FunctionCompiler.NeedsSplit}: the caller compiles the class again with the function in
     * {@code needSplit} (cheaper than measuring every large function in a dry run first, since few are).
     */
    private void compileFunction(int f) {
        try {
            compileFunctionOrFail(f);
        } catch (TooLargeException e) {
            throw e.in(f);
        }
        if (plan.bodyMethodOf(f) != null) {
            tailCallWrapper(f);
        }
    }

    /**
     * The method callers call for a function that makes tail calls: runs the body, then the tail calls
     * it requested, if any (see {@link TailCalls}), and returns the last one's result.
     */
    private void tailCallWrapper(int f) {
        FuncSig sig = plan.module().funcType(f);
        String desc = JvmTypes.methodDescriptor(sig);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, plan.methodOf(f), desc, null, null);
        mv.visitCode();
        int slot = 0;
        for (int i = 0; i < sig.paramCount(); i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(sig.param(i)), slot);
            slot += JvmTypes.size(sig.param(i));
        }
        int instance = slot;
        mv.visitVarInsn(Opcodes.ALOAD, instance);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, internalName, plan.bodyMethodOf(f), desc, false);
        mv.visitVarInsn(Opcodes.ALOAD, instance);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, TAIL_CALLS, "pending", "(" + JvmTypes.INSTANCE_DESC + ")Z", false);
        Label done = new Label();
        mv.visitJumpInsn(Opcodes.IFEQ, done);
        org.objectweb.asm.Type ret = org.objectweb.asm.Type.getType(JvmTypes.returnDescriptor(sig));
        if (ret.getSize() > 0) {
            mv.visitInsn(ret.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP); // the body's placeholder result
        }
        mv.visitVarInsn(Opcodes.ALOAD, instance);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, TAIL_CALLS, "finish", "(" + JvmTypes.INSTANCE_DESC + ")Ljava/lang/Object;",
                false);
        if (ret.getSize() == 0) {
            mv.visitInsn(Opcodes.POP);
        } else if (sig.resultCount() == 1) {
            JvmTypes.emitUnbox(mv, sig.result(0));
        } else {
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
        }
        mv.visitLabel(done);
        mv.visitInsn(ret.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void compileFunctionOrFail(int f) {
        FunctionBody body = plan.module().body(f);
        if (needSplit.contains(f) || !Locals.fitInSlots(plan.module().funcType(f), body)) {
            compileSplit(f);
            return;
        }
        if (body.end() - body.codeStart() >= MEASURE_FROM_BYTES || FunctionSplitter.limitsChanged()) {
            FunctionCompiler.wholeUpTo(plan, this, f, functionMethod(f), FunctionSplitter.methodLimit).compile();
            return;
        }
        FunctionCompiler.whole(plan, this, f, functionMethod(f)).compile();
    }

    private void compileSplit(int f) {
        InstructionLog log = new InstructionLog();
        long t = Timing.start();
        FunctionCompiler probe = FunctionCompiler.measuring(plan, this, f, log, true);
        probe.compile();
        Timing.end(Timing.Phase.PROBE, t);
        SplitPlan split = FunctionSplitter.plan(log, f, probe.maxArity());
        for (SplitPlan.Part part : split.partsInnermostFirst()) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, part.method,
                    SplitPlan.PART_DESCRIPTOR, null, null);
            FunctionCompiler.splitPart(plan, this, f, mv, split, part).compile();
        }
        FunctionCompiler.splitMain(plan, this, f, functionMethod(f), split).compile();
    }

    /** The method of function {@code f}'s code: its body's when it makes tail calls. */
    private MethodVisitor functionMethod(int f) {
        checkParameterSlots(plan.module().funcType(f), 0, "function " + f);
        String body = plan.bodyMethodOf(f);
        return cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, body != null ? body : plan.methodOf(f),
                JvmTypes.methodDescriptor(plan.module().funcType(f)), null, null);
    }

    /** The stub calling imported function {@code funcIndex}. */
    String importStub(int funcIndex) {
        String name = "import" + funcIndex;
        request(name, () -> {
            FuncSig sig = plan.module().funcType(funcIndex);
            checkParameterSlots(sig, 0, "imported function " + funcIndex);
            MethodVisitor mv = begin(name, JvmTypes.methodDescriptor(sig));
            int instance = JvmTypes.parameterSlots(sig);
            mv.visitVarInsn(Opcodes.ALOAD, instance);
            mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.INSTANCE, "functions", FUNCTIONS_DESC);
            pushInt(mv, funcIndex);
            mv.visitInsn(Opcodes.AALOAD);
            invokeTarget(mv, sig, instance, instance + 1);
        });
        return name;
    }

    /** The stub of call_indirect through {@code table} with type {@code typeIndex}: (params, index, instance). */
    String indirectStub(int table, int typeIndex) {
        return targetStub("indirect" + table + "$" + typeIndex, typeIndex, "I", "call_indirect", (mv, operand) -> {
            mv.visitVarInsn(Opcodes.ILOAD, operand);
            pushInt(mv, table);
            pushInt(mv, plan.sigId(typeIndex));
            mv.visitVarInsn(Opcodes.ALOAD, operand + 1);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.OPS, "indirectTarget",
                    "(III" + JvmTypes.INSTANCE_DESC + ")" + FUNCTION_DESC, false);
        });
    }

    /** The stub of call_ref with type {@code typeIndex}: (params, funcref, instance). */
    String callRefStub(int typeIndex) {
        return targetStub("callRef" + typeIndex, typeIndex, "Ljava/lang/Object;", "call_ref", (mv, operand) -> {
            mv.visitVarInsn(Opcodes.ALOAD, operand);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Names.FUNCTION_REFS, "target",
                    "(Ljava/lang/Object;)" + FUNCTION_DESC, false);
        });
    }

    /** How a stub finds its target: code leaving the WasmFunction on the stack, given the operand's slot. */
    private interface TargetLookup {
        void emit(MethodVisitor mv, int operandSlot);
    }

    /**
     * A stub {@code (params, operand, instance)} calling the function that {@code lookup} finds from the
     * operand (a table index, a reference) with the parameters.
     */
    private String targetStub(String name, int typeIndex, String operandDesc, String what, TargetLookup lookup) {
        request(name, () -> {
            FuncSig sig = plan.module().funcSig(typeIndex);
            checkParameterSlots(sig, 1, what + " of type " + typeIndex);
            MethodVisitor mv = begin(name, JvmTypes.methodDescriptor(sig, operandDesc));
            int operand = JvmTypes.parameterSlots(sig);
            lookup.emit(mv, operand);
            invokeTarget(mv, sig, operand + 1, operand + 2);
        });
        return name;
    }

    /**
     * A JVM method takes at most 255 parameter slots (longs and doubles take two); with the instance
     * (and call_indirect's index) a wasm function must stay below. Larger signatures are not supported.
     */
    private static void checkParameterSlots(FuncSig sig, int extra, String what) {
        int slots = JvmTypes.parameterSlots(sig) + 1 + extra;
        if (slots > 255) {
            throw new TooLargeException(what + " has " + sig.paramCount() + " parameters, which take " + slots
                    + " JVM parameter slots; a JVM method takes at most 255");
        }
    }

    private void request(String name, Runnable generator) {
        if (stubs.putIfAbsent(name, Boolean.TRUE) == null) {
            pendingStubs.put(name, generator);
        }
    }

    private MethodVisitor begin(String name, String desc) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        return mv;
    }

    /** [WasmFunction] -> calls it with the stub's parameters and returns its result. */
    private static void invokeTarget(MethodVisitor mv, FuncSig sig, int instance, int scratch) {
        mv.visitVarInsn(Opcodes.ASTORE, scratch);
        mv.visitVarInsn(Opcodes.ALOAD, scratch);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.FUNCTION, "handle", "()L" + Names.METHOD_HANDLE + ";", false);
        int slot = 0;
        for (int i = 0; i < sig.paramCount(); i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(sig.param(i)), slot);
            slot += JvmTypes.size(sig.param(i));
        }
        mv.visitVarInsn(Opcodes.ALOAD, scratch);
        mv.visitVarInsn(Opcodes.ALOAD, instance);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.FUNCTION, "contextFor",
                "(" + JvmTypes.INSTANCE_DESC + ")" + JvmTypes.INSTANCE_DESC, false);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.METHOD_HANDLE, "invokeExact", JvmTypes.methodDescriptor(sig),
                false);
        String ret = JvmTypes.returnDescriptor(sig);
        mv.visitInsn(ret.equals("V") ? Opcodes.RETURN
                : org.objectweb.asm.Type.getType(ret).getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
