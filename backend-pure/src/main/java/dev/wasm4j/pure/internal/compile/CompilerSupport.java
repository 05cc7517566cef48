package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ArrayDef;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.MemoryDef;
import dev.wasm4j.pure.internal.model.StructDef;
import dev.wasm4j.pure.internal.model.SubType;
import dev.wasm4j.pure.internal.model.TableDef;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.BitSet;
import java.util.Set;

/**
 * Rejects, when a module is compiled, everything the compiler cannot translate yet, with an
 * {@link UnsupportedFeatureException} naming the feature. Functions are translated lazily, so without
 * this check such a module would compile and then fail half-way through a run. One pass over the
 * declarations and one over the code, allocation-free per instruction.
 */
final class CompilerSupport {
    private CompilerSupport() {
    }

    /**
     * Checks the module and returns the functions that make tail calls (by function index), which are
     * compiled with a trampoline (see {@link dev.wasm4j.pure.internal.runtime.TailCalls}).
     */
    static BitSet check(WasmModule m, Set<Feature> features) {
        for (int t = 0; t < m.numTypes(); t++) {
            checkType(m.type(t));
        }
        for (int i = 0; i < m.numMemories(); i++) {
            MemoryDef mem = m.memory(i);
            if (mem.shared()) {
                throw unsupported(Feature.THREADS);
            }
        }
        for (int i = 0; i < m.numTables(); i++) {
            TableDef table = m.table(i);
            checkValueType(table.elementType());
        }
        for (int g = 0; g < m.numGlobals(); g++) {
            checkValueType(m.global(g).type());
        }
        BitSet tailCallers = new BitSet();
        for (FunctionBody body : m.bodies()) {
            if (checkCode(m, body, features)) {
                tailCallers.set(body.funcIndex());
            }
        }
        return tailCallers;
    }

    private static void checkType(SubType t) {
        // Subtyping (and so finality, part of a type's identity) and rec groups come with GC.
        if (t.supertypeCount() > 0 || !t.isFinal() || t.recGroupSize() > 1 || !t.isFunc()) {
            throw unsupported(Feature.GC);
        }
        if (t.composite() instanceof FuncSig sig) {
            for (int i = 0; i < sig.paramCount(); i++) {
                checkValueType(sig.param(i));
            }
            for (int i = 0; i < sig.resultCount(); i++) {
                checkValueType(sig.result(i));
            }
        } else if (t.composite() instanceof StructDef || t.composite() instanceof ArrayDef) {
            throw unsupported(Feature.GC);
        }
    }

    /** The compiler handles numbers, v128 and (typed) function and extern references; the rest is a later feature. */
    private static void checkValueType(int type) {
        if (!ValueTypes.isRef(type)) {
            return;
        }
        int heap = ValueTypes.heapType(type);
        // A concrete heap type is a function type here: checkType refuses struct and array types.
        if (!ValueTypes.isConcrete(heap) && heap != ValueTypes.HT_FUNC && heap != ValueTypes.HT_EXTERN
                && heap != ValueTypes.HT_EXN && heap != ValueTypes.HT_NOEXN) {
            throw unsupported(Feature.GC);
        }
    }

    /** Whether the body makes tail calls. */
    private static boolean checkCode(WasmModule m, FunctionBody body, Set<Feature> features) {
        boolean tailCalls = false;
        for (int r = 0; r < body.localRunCount(); r++) {
            checkValueType(body.localRunType(r));
        }
        CodeReader reader = CodeReader.forBody(m, body, features);
        while (reader.position() < body.end()) {
            int op = reader.next();
            tailCalls |= op == Opcodes.RETURN_CALL || op == Opcodes.RETURN_CALL_INDIRECT || op == Opcodes.RETURN_CALL_REF;
            try {
                EmitterTable.get(op);
            } catch (UnsupportedFeatureException e) {
                throw new UnsupportedFeatureException(e.feature(), "feature " + e.feature()
                        + " is not supported by backend pure (" + e.getMessage() + ", in function "
                        + body.funcIndex() + ")");
            }
        }
        return tailCalls;
    }

    private static UnsupportedFeatureException unsupported(Feature feature) {
        return new UnsupportedFeatureException(feature.specName(),
                "feature " + feature.specName() + " is not supported by backend pure");
    }
}
