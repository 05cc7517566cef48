package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.CALL;
import static dev.wasm4j.pure.internal.decode.Opcodes.CALL_INDIRECT;
import static dev.wasm4j.pure.internal.decode.Opcodes.CALL_REF;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETURN_CALL;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETURN_CALL_INDIRECT;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETURN_CALL_REF;

/**
 * Calls. A call of a function of the same module is an invokestatic of its method, with the instance
 * passed on; a call of an imported function or through a table goes through a small static stub of the
 * calling class (see {@link FunctionClass}), so the call site itself never reorders the stack. call_ref
 * goes through such a stub too. Fuel is charged before every call (see {@link Meter}): the callee's
 * consumption then comes after the caller's.
 */
final class CallEmitters {
    private CallEmitters() {
    }

    static void register() {
        EmitterTable.put(CALL, CallEmitters::call);
        EmitterTable.put(CALL_INDIRECT, CallEmitters::callIndirect);
        EmitterTable.put(CALL_REF, CallEmitters::callRef);
        EmitterTable.put(RETURN_CALL, CallEmitters::returnCall);
        EmitterTable.put(RETURN_CALL_INDIRECT, CallEmitters::returnCallIndirect);
        EmitterTable.put(RETURN_CALL_REF, CallEmitters::returnCallRef);
    }

    // ---- tail calls: the target and the boxed arguments go to TailCalls.request, then the function
    // returns placeholder results, and its tail-call wrapper makes the call (see TailCalls)

    private static void returnCall(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        FuncSig sig = c.plan().module().funcType(r.index());
        c.markPosition();
        packArguments(c, sig);
        c.loadInstance();
        c.mv().visitFieldInsn(Opcodes.GETFIELD, JvmTypes.INSTANCE, "functions", "[L" + Names.FUNCTION + ";");
        c.iconst(r.index());
        c.mv().visitInsn(Opcodes.AALOAD);
        requestAndReturn(c);
    }

    /** [args, index]: the table lookup checks the signature and traps as call_indirect's does. */
    private static void returnCallIndirect(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int typeIndex = r.index();
        int table = r.index2();
        FuncSig sig = c.plan().module().funcSig(typeIndex);
        c.markPosition();
        popTableIndex(c, table);
        int index = c.locals().borrow(ValueTypes.I32);
        c.mv().visitVarInsn(Opcodes.ISTORE, index);
        packArguments(c, sig);
        c.mv().visitVarInsn(Opcodes.ILOAD, index);
        c.locals().giveBack(ValueTypes.I32, index);
        c.iconst(table);
        c.iconst(c.plan().sigId(typeIndex));
        c.loadInstance();
        c.invokeStatic(Names.OPS, "indirectTarget", "(III" + JvmTypes.INSTANCE_DESC + ")L" + Names.FUNCTION + ";");
        requestAndReturn(c);
    }

    /** [args, funcref]. */
    private static void returnCallRef(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        FuncSig sig = c.plan().module().funcSig(r.index());
        c.markPosition();
        c.stack().pop();
        int ref = c.locals().borrowRef();
        c.mv().visitVarInsn(Opcodes.ASTORE, ref);
        packArguments(c, sig);
        c.mv().visitVarInsn(Opcodes.ALOAD, ref);
        c.locals().giveBackRef(ref);
        c.invokeStatic(Names.FUNCTION_REFS, "target", "(Ljava/lang/Object;)L" + Names.FUNCTION + ";");
        requestAndReturn(c);
    }

    private static void packArguments(FunctionCompiler c, FuncSig sig) {
        c.stack().pop(sig.paramCount());
        c.packResults(sig.params());
    }

    /** [Object[] args, WasmFunction target] -> the request, then the function's placeholder results. */
    private static void requestAndReturn(FunctionCompiler c) {
        c.loadInstance();
        c.invokeStatic(Names.TAIL_CALLS, "request",
                "([Ljava/lang/Object;L" + Names.FUNCTION + ";" + JvmTypes.INSTANCE_DESC + ")V");
        for (int t : c.functionResults()) {
            c.pushDefault(t);
            c.stack().push(t);
        }
        c.emitReturn();
        c.setReachable(false);
    }

    /** [params, funcref]: a stub null-checks the reference and invokes the function's handle. */
    private static void callRef(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int typeIndex = r.index();
        FuncSig sig = c.plan().module().funcSig(typeIndex);
        c.markPosition();
        c.stack().pop();
        c.stack().pop(sig.paramCount());
        c.loadInstance();
        String stub = c.owner().callRefStub(typeIndex);
        c.invokeStatic(c.owner().internalName(), stub, JvmTypes.methodDescriptor(sig, "Ljava/lang/Object;"));
        afterCall(c, sig);
    }

    private static void call(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int callee = r.index();
        ModulePlan plan = c.plan();
        FuncSig sig = plan.module().funcType(callee);
        c.markPosition();
        c.stack().pop(sig.paramCount());
        c.loadInstance();
        if (callee < plan.module().numImportedFuncs()) {
            String stub = c.owner().importStub(callee);
            c.invokeStatic(c.owner().internalName(), stub, JvmTypes.methodDescriptor(sig));
        } else {
            c.invokeStatic(plan.classOf(callee), plan.methodOf(callee), JvmTypes.methodDescriptor(sig));
        }
        afterCall(c, sig);
    }

    private static void callIndirect(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int typeIndex = r.index();
        int table = r.index2();
        FuncSig sig = c.plan().module().funcSig(typeIndex);
        c.markPosition();
        popTableIndex(c, table);
        c.stack().pop(sig.paramCount());
        c.loadInstance();
        String stub = c.owner().indirectStub(table, typeIndex);
        c.invokeStatic(c.owner().internalName(), stub, JvmTypes.methodDescriptor(sig, "I"));
        afterCall(c, sig);
    }

    /** The table index operand: a table64's i64 becomes the unsigned int the lookup takes, see Addresses. */
    private static void popTableIndex(FunctionCompiler c, int table) {
        if (c.plan().module().table(table).table64()) {
            Addresses.narrowTop(c);
        }
        c.stack().pop();
    }

    private static void afterCall(FunctionCompiler c, FuncSig sig) {
        int[] results = sig.results();
        if (results.length > 1) {
            c.unpackResults(results);
        }
        c.stack().pushAll(results);
        c.reloadMemory();
    }
}
