package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.runtime.FunctionRefs;
import dev.wasm4j.pure.internal.runtime.InstanceOps;
import dev.wasm4j.pure.internal.runtime.MemoryAccess;
import dev.wasm4j.pure.internal.runtime.TailCalls;
import dev.wasm4j.pure.internal.runtime.Traps;
import dev.wasm4j.pure.internal.runtime.WasmFunction;
import dev.wasm4j.pure.internal.runtime.WasmGlobal;
import dev.wasm4j.pure.internal.runtime.WasmMath;
import dev.wasm4j.pure.internal.runtime.WasmMemory;
import dev.wasm4j.pure.internal.runtime.WasmTable;
import org.objectweb.asm.Type;

/** JVM internal names of the runtime classes compiled code uses. */
final class Names {
    static final String MEMORY = Type.getInternalName(WasmMemory.class);
    static final String TABLE = Type.getInternalName(WasmTable.class);
    static final String GLOBAL = Type.getInternalName(WasmGlobal.class);
    static final String FUNCTION = Type.getInternalName(WasmFunction.class);
    static final String MATH = Type.getInternalName(WasmMath.class);
    static final String OPS = Type.getInternalName(InstanceOps.class);
    static final String TRAPS = Type.getInternalName(Traps.class);
    static final String FUNCTION_REFS = Type.getInternalName(FunctionRefs.class);
    static final String TAIL_CALLS = Type.getInternalName(TailCalls.class);
    static final String ACCESS = Type.getInternalName(MemoryAccess.class);
    static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";

    private Names() {
    }
}
