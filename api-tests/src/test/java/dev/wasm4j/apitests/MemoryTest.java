package dev.wasm4j.apitests;

import dev.wasm4j.Engine;
import dev.wasm4j.Feature;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.Store;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.Val;
import org.junit.jupiter.api.Assumptions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemoryTest {
    private static final String WAT = """
            (module
              (memory (export "memory") 1 4)
              (data (i32.const 8) "\\01\\02\\03\\04\\05\\06\\07\\08")
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
              (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """;

    @OnEveryBackend
    void readsAndWritesLittleEndianValuesTheModuleSees(Wasm w) {
        Instance i = w.instantiate(WAT);
        Memory m = i.memory("memory").orElseThrow();
        assertEquals(0x04030201, m.readInt(8));
        assertEquals(0x0807060504030201L, m.readLong(8));
        assertEquals((short) 0x0201, m.readShort(8));
        assertEquals(1, m.readByte(8));
        m.writeInt(100, 0xCAFEBABE);
        assertEquals(0xCAFEBABE, i.func("load").orElseThrow().call(Val.i32(100))[0].asI32());
        m.writeLong(120, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, i.func("load64").orElseThrow().call(Val.i32(120))[0].asI64());
        assertEquals((byte) 0x88, m.readByte(120));
        i.func("store").orElseThrow().call(Val.i32(200), Val.i32(12345));
        assertEquals(12345, m.readInt(200));
        m.writeDouble(300, Math.PI);
        assertEquals(Math.PI, m.readDouble(300));
        m.writeFloat(310, 1.5f);
        assertEquals(1.5f, m.readFloat(310));
        m.writeLong(320, -2L);
        assertEquals(-2L, m.readLong(320));
        m.writeShort(330, (short) -3);
        assertEquals((short) -3, m.readShort(330));
    }

    @OnEveryBackend
    void bulkAccessThroughArraysAndBuffers(Wasm w) {
        Memory m = w.instantiate(WAT).memory("memory").orElseThrow();
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        m.write(1000, hello);
        assertEquals("hello", m.readString(1000, 5));
        assertArrayEquals(hello, m.read(1000, 5));
        ByteBuffer out = ByteBuffer.allocate(3);
        m.read(1001, out);
        assertEquals(3, out.position());
        assertArrayEquals("ell".getBytes(StandardCharsets.UTF_8), out.array());
        m.write(2000, ByteBuffer.wrap(new byte[] {9, 8, 7}));
        assertEquals(9, m.readByte(2000));
        m.fill(3000, (byte) 0x5A, 16);
        assertEquals(0x5A5A5A5A, m.readInt(3012));
    }

    @OnEveryBackend
    void outOfBoundsAccessByTheHostTraps(Wasm w) {
        Memory m = w.instantiate(WAT).memory("memory").orElseThrow();
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> m.readInt(65533)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> m.readInt(65534)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, assertThrows(Trap.class, () -> m.writeByte(-1, (byte) 0)).code());
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> m.read(65530, new byte[10], 0, 10)).code());
        m.writeByte(65535, (byte) 1);
    }

    @OnEveryBackend
    void growthByWasmOrByTheHostIsSeenAtOnce(Wasm w) {
        Instance i = w.instantiate(WAT);
        Memory m = i.memory("memory").orElseThrow();
        assertEquals(1, m.pages());
        assertEquals(1, i.func("grow").orElseThrow().call(Val.i32(1))[0].asI32());
        assertEquals(2, m.pages());
        m.writeInt(2 * 65536 - 4, 77);
        assertEquals(77, i.func("load").orElseThrow().call(Val.i32(2 * 65536 - 4))[0].asI32());
        assertEquals(2, m.grow(2));
        assertEquals(4 * 65536, m.byteSize());
        assertEquals(-1, m.grow(1)); // past the maximum
        m.writeInt(4 * 65536 - 4, 88);
        assertEquals(88, i.func("load").orElseThrow().call(Val.i32(4 * 65536 - 4))[0].asI32());
    }

    @OnEveryBackend
    void hostMemoryIsImportedByAModule(Wasm w) {
        Memory m = Memory.of(w.store(), MemoryType.of(1, OptionalLong.of(2)));
        m.writeInt(4, 99);
        w.linker().define("env", "memory", m);
        Instance i = w.instantiate("""
                (module (import "env" "memory" (memory 1))
                  (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
                """);
        assertEquals(99, i.func("load").orElseThrow().call(Val.i32(4))[0].asI32());
    }

    /** Needs the threads feature: a backend without it must refuse it as unsupported, and is then skipped. */
    @OnEveryBackend
    void aSharedMemoryIsSeenByTheStoresOfItsEngine(Wasm w) {
        String wat = """
                (module (import "env" "memory" (memory 1 4 shared))
                  (func (export "add") (param i32 i32) (result i32)
                    (i32.atomic.rmw.add (local.get 0) (local.get 1)))
                  (func (export "grow") (result i32) (memory.grow (i32.const 1))))
                """;
        try (Engine threads = w.engineBuilder().feature(Feature.THREADS, true).build();
             Store<Void> first = Store.create(threads);
             Store<Void> second = Store.create(threads)) {
            Module module;
            Memory shared;
            try {
                module = Module.fromText(threads, wat);
                shared = Memory.of(first, new MemoryType(1, OptionalLong.of(4), false, true,
                        MemoryType.DEFAULT_PAGE_SIZE_LOG2));
            } catch (UnsupportedFeatureException e) {
                assertEquals(Feature.THREADS.specName(), e.feature(), e.getMessage());
                Assumptions.abort("backend " + w + " does not support threads: " + e.getMessage());
                return;
            }
            Linker<Void> linker = Linker.<Void>create(threads).define("env", "memory", shared);
            Instance a = linker.instantiate(first, module);
            Instance b = linker.instantiate(second, module);
            a.func("add").orElseThrow().call(Val.i32(8), Val.i32(5));
            b.func("add").orElseThrow().call(Val.i32(8), Val.i32(6));
            assertEquals(11, shared.readInt(8));
            assertEquals(1, b.func("grow").orElseThrow().call()[0].asI32());
            assertEquals(2, shared.pages());
            shared.writeInt(65536 + 4, 3);
            assertEquals(3, a.func("add").orElseThrow().call(Val.i32(65536 + 4), Val.i32(0))[0].asI32());
        }
    }
}
