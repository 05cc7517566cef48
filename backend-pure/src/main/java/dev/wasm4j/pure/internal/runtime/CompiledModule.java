package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.FuncType;
import dev.wasm4j.ValType;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.ArrayList;
import java.util.List;

/**
 * A module after compilation: the decoded module and the code of each defined function. Shared by all
 * instances; {@link Instantiator} makes instances of it.
 */
public final class CompiledModule {
    private final WasmModule module;
    private final FunctionCode[] code;
    private final DebugInfo debugInfo;
    private final FuncType[] funcTypes;
    private final CanonicalSignatures signatures;

    /** @param code by defined-function index (function index minus the number of imported functions) */
    public CompiledModule(WasmModule module, FunctionCode[] code, DebugInfo debugInfo) {
        this.module = module;
        this.code = code;
        this.debugInfo = debugInfo;
        this.signatures = new CanonicalSignatures(module);
        this.funcTypes = new FuncType[module.numTypes()];
        for (int i = 0; i < funcTypes.length; i++) {
            if (module.type(i).isFunc()) {
                funcTypes[i] = apiType(module.funcSig(i));
            }
        }
    }

    public WasmModule module() {
        return module;
    }

    public FunctionCode code(int funcIndex) {
        return code[funcIndex - module.numImportedFuncs()];
    }

    public DebugInfo debugInfo() {
        return debugInfo;
    }

    /** The signature id call_indirect compares for function {@code funcIndex}. */
    public int sigId(int funcIndex) {
        return signatures.id(module.funcTypeIndex(funcIndex));
    }

    /** The API form of function {@code funcIndex}'s type. */
    public FuncType funcType(int funcIndex) {
        return funcTypes[module.funcTypeIndex(funcIndex)];
    }

    /** The API form of function type {@code typeIndex}. */
    public FuncType typeAt(int typeIndex) {
        return funcTypes[typeIndex];
    }

    public static FuncType apiType(FuncSig sig) {
        List<ValType> params = new ArrayList<>(sig.paramCount());
        for (int i = 0; i < sig.paramCount(); i++) {
            params.add(ValueTypes.toApi(sig.param(i)));
        }
        List<ValType> results = new ArrayList<>(sig.resultCount());
        for (int i = 0; i < sig.resultCount(); i++) {
            results.add(ValueTypes.toApi(sig.result(i)));
        }
        return new FuncType(params, results);
    }
}
