package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.WasmException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

class TrapsTest {
    @Test
    void anIndexExceptionOutsideCompiledCodeIsAnInternalErrorNotATrap() {
        IndexOutOfBoundsException bug = new ArrayIndexOutOfBoundsException(-1);
        RuntimeException e = Traps.toWasm(bug);
        assertFalse(e instanceof Trap, e.toString());
        assertInstanceOf(WasmException.class, e);
        assertSame(bug, e.getCause());
    }

    @Test
    void theJitsPreallocatedIndexExceptionIsAMemoryTrap() {
        IndexOutOfBoundsException fast = new ArrayIndexOutOfBoundsException();
        fast.setStackTrace(new StackTraceElement[0]);
        Trap t = assertInstanceOf(Trap.class, Traps.toWasm(fast));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
    }
}
