package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.runtime.DebugInfo;
import dev.wasm4j.pure.internal.runtime.Timing;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * Defines the classes compiled from one module, generating each the first time the JVM asks for it:
 * a function is compiled (with the rest of its class) when it is first called or looked up, so a large
 * module starts fast and code that never runs is never compiled. One loader per module lets the JVM
 * unload a module's code with the module; it also keeps the module's {@link DebugInfo} alive as long as
 * its code is. Parallel capable: threads needing different classes compile them concurrently.
 */
final class ModuleClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final DebugInfo debugInfo;
    /** Binary class name to the group of functions it holds. */
    private final Map<String, Integer> groups;
    private final IntFunction<byte[]> compiler;

    ModuleClassLoader(ClassLoader parent, DebugInfo debugInfo, Map<String, Integer> groups,
                      IntFunction<byte[]> compiler) {
        super("wasm4j-module-" + debugInfo.moduleId(), parent);
        this.debugInfo = debugInfo;
        this.groups = groups;
        this.compiler = compiler;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Integer group = groups.get(name);
        if (group == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes = compiler.apply(group);
        long t = Timing.start();
        Class<?> c = defineClass(name, bytes, 0, bytes.length);
        Timing.end(Timing.Phase.DEFINE, t);
        return c;
    }

    DebugInfo debugInfo() {
        return debugInfo;
    }
}
