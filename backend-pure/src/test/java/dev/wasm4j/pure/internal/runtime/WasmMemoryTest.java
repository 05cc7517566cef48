package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WasmMemoryTest {
    @Test
    void growReturnsTheOldSizeAndKeepsTheContents() {
        WasmMemory m = new WasmMemory(1, OptionalLong.of(3));
        m.writeInt(100, 42);
        assertEquals(1, m.growPages(2));
        assertEquals(3, m.pages());
        assertEquals(42, m.readInt(100));
    }

    @Test
    void growBeyondTheMaximumFails() {
        WasmMemory m = new WasmMemory(1, OptionalLong.of(2));
        assertEquals(-1, m.growPages(2));
        assertEquals(-1, m.grow(-1));
        assertEquals(1, m.pages());
    }

    @Test
    void growBeyondWhatAJavaArrayHoldsFails() {
        WasmMemory m = new WasmMemory(0, OptionalLong.empty());
        assertEquals(-1, m.growPages(WasmMemory.MAX_PAGES + 1));
        assertEquals(-1, m.growPages(0x10000));
        assertEquals(-1, m.growPages(-1)); // 2^32 - 1 pages, unsigned
    }

    @Test
    void bulkOperationsCheckTheWholeRangeFirst() {
        WasmMemory m = new WasmMemory(1, OptionalLong.empty());
        TrapSignal t = assertThrows(TrapSignal.class, () -> m.fill(65530, 7, 10));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertEquals(0, m.readByte(65530)); // nothing written
        assertThrows(TrapSignal.class, () -> m.copyWithin(0, -1, 1)); // 2^32 - 1 is out of bounds
        m.fill(65536, 7, 0); // an empty range at the end is fine
    }

    @Test
    void apiAccessOutsideTheMemoryIsATrap() {
        WasmMemory m = new WasmMemory(1, OptionalLong.empty());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> m.readLong(65529)).code());
        assertThrows(Trap.class, () -> m.writeByte(-1, (byte) 0));
    }
}
