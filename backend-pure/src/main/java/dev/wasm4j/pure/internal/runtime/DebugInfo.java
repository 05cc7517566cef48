package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.ModuleNames;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a backtrace needs to know about a compiled module: its names and where each function body starts
 * in the binary. Registered under the module's id so a JVM stack frame of compiled code can be mapped
 * back; the registry holds it weakly (the module's class loader holds it strongly while code can run).
 */
public final class DebugInfo {
    private static final AtomicInteger NEXT_MODULE_ID = new AtomicInteger();
    private static final Map<Integer, WeakReference<DebugInfo>> REGISTRY = new ConcurrentHashMap<>();

    private final int moduleId;
    private final ModuleNames names;
    private final long[] bodyOffsets;

    private DebugInfo(int moduleId, ModuleNames names, long[] bodyOffsets) {
        this.moduleId = moduleId;
        this.names = names;
        this.bodyOffsets = bodyOffsets;
    }

    /**
     * Registers a new module.
     *
     * @param bodyOffsets by function index, the binary offset of the function's body, -1 for imports
     */
    public static DebugInfo register(ModuleNames names, long[] bodyOffsets) {
        REGISTRY.values().removeIf(ref -> ref.get() == null);
        DebugInfo info = new DebugInfo(NEXT_MODULE_ID.getAndIncrement(), names, bodyOffsets);
        REGISTRY.put(info.moduleId, new WeakReference<>(info));
        return info;
    }

    public int moduleId() {
        return moduleId;
    }

    /**
     * A wasm frame as a JVM stack element of compiled code shows it.
     *
     * @param part whether the element is a part split off a large function, called by the function's
     *             own method (which then is not a frame of its own)
     */
    record CodeFrame(FrameInfo info, boolean part) {
    }

    /** The frame of a JVM stack element of compiled code, or empty for anything else. */
    static Optional<CodeFrame> frameOf(StackTraceElement e) {
        int moduleId = CodeNames.moduleIdOf(e.getClassName());
        int function = moduleId < 0 ? -1 : CodeNames.functionIndexOf(e.getMethodName());
        if (function < 0) {
            return Optional.empty();
        }
        boolean part = e.getMethodName().indexOf('$') >= 0;
        WeakReference<DebugInfo> ref = REGISTRY.get(moduleId);
        DebugInfo info = ref == null ? null : ref.get();
        if (info == null) {
            return Optional.of(new CodeFrame(new FrameInfo(Optional.empty(), function, Optional.empty(), -1), part));
        }
        return Optional.of(new CodeFrame(info.frame(function, e.getLineNumber()), part));
    }

    private FrameInfo frame(int function, int line) {
        long offset = -1;
        if (line > 0 && line < CodeNames.MAX_LINE && function < bodyOffsets.length && bodyOffsets[function] >= 0) {
            offset = bodyOffsets[function] + line - 1;
        }
        return new FrameInfo(names.moduleName(), function, names.functionName(function), offset);
    }
}
