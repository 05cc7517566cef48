package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.CompileException;
import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.WasmModule;
import dev.wasm4j.pure.internal.runtime.CodeNames;
import dev.wasm4j.pure.internal.runtime.CompiledModule;
import dev.wasm4j.pure.internal.runtime.DebugInfo;
import dev.wasm4j.pure.internal.runtime.FunctionCode;
import dev.wasm4j.pure.internal.runtime.Signatures;
import dev.wasm4j.pure.internal.runtime.Timing;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a validated module to JVM classes (see {@link ModulePlan} for how functions are spread over
 * classes, {@link FunctionSplitter} for functions too large for one method) in a class loader of its
 * own. Classes are generated when first needed; with the system property
 * {@value #EAGER_PROPERTY}{@code =true} all of them are generated at once, so that even a limit of the
 * JVM that no split can get around is reported by {@link #compile}.
 */
public final class ModuleCompiler {
    public static final String EAGER_PROPERTY = "wasm4j.pure.eagerCompile";

    private ModuleCompiler() {
    }

    public static CompiledModule compile(WasmModule module, Set<Feature> features) {
        return compile(module, features, Instrumentation.NONE);
    }

    /** Compiles with the fuel charges and epoch checks {@code instrumentation} asks for. */
    public static CompiledModule compile(WasmModule module, Set<Feature> features, Instrumentation instrumentation) {
        BitSet tailCallers = CompilerSupport.check(module, features);
        long[] bodyOffsets = new long[module.numFuncs()];
        Arrays.fill(bodyOffsets, -1);
        for (FunctionBody b : module.bodies()) {
            bodyOffsets[b.funcIndex()] = b.codeStart();
        }
        DebugInfo debug = DebugInfo.register(module.names(), bodyOffsets);
        ModulePlan plan = new ModulePlan(module, features, debug.moduleId(), tailCallers, instrumentation);
        Map<String, Integer> groups = new HashMap<>();
        for (int g = 0; g < plan.groups().size(); g++) {
            groups.put(plan.groupClass(g).replace('/', '.'), g);
        }
        ModuleClassLoader loader = new ModuleClassLoader(ModuleCompiler.class.getClassLoader(), debug, groups,
                g -> compileGroup(plan, g));
        FunctionCode[] code = new FunctionCode[module.numDefinedFuncs()];
        for (int f = module.numImportedFuncs(); f < module.numFuncs(); f++) {
            code[f - module.numImportedFuncs()] = new FunctionCode(loader, plan.classOf(f).replace('/', '.'),
                    plan.methodOf(f), plan.bodyMethodOf(f), Signatures.methodType(CompiledModule.apiType(module.funcType(f))));
        }
        if (Boolean.getBoolean(EAGER_PROPERTY)) {
            for (FunctionCode c : code) {
                c.declaringClass();
            }
        }
        return new CompiledModule(module, code, debug);
    }

    private static byte[] compileGroup(ModulePlan plan, int group) {
        long t = Timing.start();
        try {
            Set<Integer> needSplit = new HashSet<>();
            while (true) {
                try {
                    byte[] bytes = new FunctionClass(plan, plan.groupClass(group), needSplit)
                            .compile(plan.groups().get(group));
                    Timing.classBytes(bytes.length);
                    return bytes;
                } catch (FunctionCompiler.NeedsSplit e) {
                    needSplit.add(e.funcIndex);
                }
            }
        } catch (MethodTooLargeException e) {
            int f = CodeNames.functionIndexOf(e.getMethodName());
            throw new CompileException("backend pure cannot compile function " + f + ": even split into parts, "
                    + "its method " + e.getMethodName() + " would take " + e.getCodeSize()
                    + " bytes of JVM code, more than the JVM's 64 KiB (the function has no place to cut "
                    + "where its operand stack is empty)", e);
        } catch (ClassTooLargeException e) {
            throw new CompileException("backend pure cannot compile class " + e.getClassName() + ": its constant pool "
                    + "would have " + e.getConstantPoolCount() + " entries, more than the JVM's 65535", e);
        } catch (TooLargeException e) {
            throw new CompileException("backend pure cannot compile: " + e.getMessage(), e);
        } finally {
            Timing.end(Timing.Phase.GENERATE, t);
        }
    }
}
