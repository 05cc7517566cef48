package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.FuncSig;

import static dev.wasm4j.pure.internal.decode.Opcodes.CALL;
import static dev.wasm4j.pure.internal.decode.Opcodes.CALL_INDIRECT;
import static dev.wasm4j.pure.internal.decode.Opcodes.CALL_REF;

/**
 * Calls. A call of a function of the same module is an invokestatic of its method, with the instance
 * passed on; a call of an imported function or through a table goes through a small static stub of the
 * calling class (see {@link FunctionClass}), so the call site itself never reorders the stack. call_ref
 * goes through such a stub too.
 */
final class CallEmitters {
    private CallEmitters() {
    }

    static void register() {
        EmitterTable.put(CALL, CallEmitters::call);
        EmitterTable.put(CALL_INDIRECT, CallEmitters::callIndirect);
        EmitterTable.put(CALL_REF, CallEmitters::callRef);
    }

    /** [params, funcref]: a stub null-checks the reference and invokes the function's handle. */
    private static void callRef(FunctionCompiler c, CodeReader r) {
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
        int typeIndex = r.index();
        int table = r.index2();
        FuncSig sig = c.plan().module().funcSig(typeIndex);
        c.markPosition();
        if (c.plan().module().table(table).table64()) {
            Addresses.narrowTop(c); // the stub takes the index as an unsigned int, see Addresses
        }
        c.stack().pop();
        c.stack().pop(sig.paramCount());
        c.loadInstance();
        String stub = c.owner().indirectStub(table, typeIndex);
        c.invokeStatic(c.owner().internalName(), stub, JvmTypes.methodDescriptor(sig, "I"));
        afterCall(c, sig);
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
