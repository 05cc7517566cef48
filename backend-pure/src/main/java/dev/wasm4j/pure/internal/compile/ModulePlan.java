package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.ConstInstruction;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.GlobalDef;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CanonicalSignatures;
import dev.wasm4j.pure.internal.runtime.CodeNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Module-wide facts the function compiler needs: which class holds each function's method, which
 * globals are constants. Each function gets a class of its own ({@link #MAX_FUNCTIONS_PER_CLASS}), so
 * that the JVM's lazy resolution of {@code invokestatic} makes compilation lazy per function: CPython
 * calls 1,921 of its 11,448 functions to run {@code print(1)}; grouped 500 to a class (at most 8,000
 * body bytes) the same run generated 277 classes and 10.4 MB of class files instead of 7.5 MB (see
 * docs/decisions.md, "Cold start"). The grouping code stays, limited by code size so that no class
 * comes near the JVM's 65535 constant pool entries (a wasm instruction adds at most a few entries, and
 * no instruction is shorter than one byte).
 */
final class ModulePlan {
    /** Wasm body bytes per class; with a few constant pool entries per byte this stays far below 65535. */
    private static final int CLASS_BUDGET_BYTES = 8_000;
    private static final int MAX_FUNCTIONS_PER_CLASS = 1;

    private final WasmModule module;
    private final Set<Feature> features;
    private final int moduleId;
    private final List<int[]> groups = new ArrayList<>();
    private final String[] classOfDefined;
    private final ConstInstruction[] constantGlobals;
    private final BitSet tailCallers;
    private final CanonicalSignatures signatures;
    private final Instrumentation instrumentation;

    ModulePlan(WasmModule module, Set<Feature> features, int moduleId, BitSet tailCallers,
               Instrumentation instrumentation) {
        this.module = module;
        this.instrumentation = instrumentation;
        this.tailCallers = tailCallers;
        this.signatures = new CanonicalSignatures(module);
        this.features = features;
        this.moduleId = moduleId;
        this.classOfDefined = new String[module.numDefinedFuncs()];
        planClasses();
        this.constantGlobals = new ConstInstruction[module.numGlobals()];
        for (int g = module.numImportedGlobals(); g < module.numGlobals(); g++) {
            constantGlobals[g] = constantOf(module.global(g));
        }
    }

    private void planClasses() {
        int first = module.numImportedFuncs();
        int[] group = new int[MAX_FUNCTIONS_PER_CLASS];
        int count = 0;
        long bytes = 0;
        for (int f = first; f < module.numFuncs(); f++) {
            FunctionBody b = module.body(f);
            int size = b.end() - b.codeStart();
            if (count > 0 && (count == MAX_FUNCTIONS_PER_CLASS || bytes + size > CLASS_BUDGET_BYTES)) {
                addGroup(Arrays.copyOf(group, count));
                count = 0;
                bytes = 0;
            }
            group[count++] = f;
            bytes += size;
        }
        if (count > 0) {
            addGroup(Arrays.copyOf(group, count));
        }
    }

    private void addGroup(int[] functions) {
        String name = CodeNames.internalClassName(moduleId, "F" + groups.size());
        for (int f : functions) {
            classOfDefined[f - module.numImportedFuncs()] = name;
        }
        groups.add(functions);
    }

    private static ConstInstruction constantOf(GlobalDef def) {
        if (def.mutable() || def.init() == null) {
            return null;
        }
        ConstInstruction ins = def.init().single();
        if (ins == null) {
            return null;
        }
        return switch (ins.opcode()) {
            case Opcodes.I32_CONST, Opcodes.I64_CONST, Opcodes.F32_CONST, Opcodes.F64_CONST, Opcodes.V128_CONST,
                 Opcodes.REF_NULL -> ins;
            default -> null;
        };
    }

    WasmModule module() {
        return module;
    }

    int moduleId() {
        return moduleId;
    }

    List<int[]> groups() {
        return groups;
    }

    String groupClass(int group) {
        return classOfDefined[groups.get(group)[0] - module.numImportedFuncs()];
    }

    /** The internal name of the class holding defined function {@code funcIndex}. */
    String classOf(int funcIndex) {
        return classOfDefined[funcIndex - module.numImportedFuncs()];
    }

    /** The signature id call_indirect checks for function type {@code typeIndex}. */
    int sigId(int typeIndex) {
        return signatures.id(typeIndex);
    }

    /** The method every caller calls: the function itself, or its tail-call wrapper. */
    String methodOf(int funcIndex) {
        return CodeNames.functionMethod(funcIndex);
    }

    /** The method of the body of a function that makes tail calls, else null (see TailCalls). */
    String bodyMethodOf(int funcIndex) {
        return tailCallers.get(funcIndex) ? CodeNames.functionMethod(funcIndex) + "$body" : null;
    }

    /** The fuel charges and epoch checks every function gets. */
    Instrumentation instrumentation() {
        return instrumentation;
    }

    boolean hasMemory() {
        return module.numMemories() > 0;
    }

    /** The value of an immutable global initialized by a constant, else null. */
    ConstInstruction constantGlobal(int global) {
        return constantGlobals[global];
    }

    /** A reader of {@code body}'s instructions from {@code start} (an instruction boundary) on. */
    CodeReader codeReader(FunctionBody body, int start) {
        return new CodeReader(module.bytes(), start, body.end(), features, module.dataCount().isPresent());
    }
}
