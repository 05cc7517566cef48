package dev.wasm4j.pure;

import dev.wasm4j.Engine;
import dev.wasm4j.Instance;
import dev.wasm4j.Linker;
import dev.wasm4j.Memory;
import dev.wasm4j.MemoryType;
import dev.wasm4j.Module;
import dev.wasm4j.RefType;
import dev.wasm4j.Store;
import dev.wasm4j.StoreLimits;
import dev.wasm4j.Table;
import dev.wasm4j.TableType;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.Val;
import dev.wasm4j.WasmException;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Store limits and fuel on backend pure, where the shared API tests do not look. */
class PureResourceControlsTest {
    private static final int PAGE = 65536;

    private static Engine engine() {
        return Engine.builder().backend("pure").build();
    }

    @Test
    void hostGrowOfMemoriesAndTablesStopsAtTheLimits() {
        try (Engine engine = engine(); Store<Void> store = Store.create(engine)) {
            store.setLimits(StoreLimits.UNLIMITED.withMemoryBytes(2 * PAGE).withTableElements(5));
            Memory memory = Memory.of(store, MemoryType.of(1, OptionalLong.empty()));
            assertEquals(1, memory.grow(1));
            assertEquals(-1, memory.grow(1));
            assertEquals(2, memory.pages());
            Table table = Table.of(store, TableType.of(RefType.FUNCREF, 3, OptionalLong.empty()),
                    Val.nullRef(RefType.FUNCREF));
            assertEquals(3, table.grow(2, Val.nullRef(RefType.FUNCREF)));
            assertEquals(-1, table.grow(1, Val.nullRef(RefType.FUNCREF)));
            assertEquals(5, table.size());

            WasmException big = assertThrows(WasmException.class, () -> Memory.of(store, MemoryType.of(3, OptionalLong.empty())));
            assertTrue(big.getMessage().contains("StoreLimits.memoryBytes"), big.getMessage());
            WasmException wide = assertThrows(WasmException.class, () -> Table.of(store,
                    TableType.of(RefType.FUNCREF, 6, OptionalLong.empty()), Val.nullRef(RefType.FUNCREF)));
            assertTrue(wide.getMessage().contains("StoreLimits.tableElements"), wide.getMessage());
        }
    }

    @Test
    void limitsSetLaterApplyToMemoriesThatExistAlready() {
        try (Engine engine = engine(); Store<Void> store = Store.create(engine)) {
            Memory memory = Memory.of(store, MemoryType.of(1, OptionalLong.empty()));
            assertEquals(1, memory.grow(2));
            store.setLimits(StoreLimits.UNLIMITED.withMemoryBytes(4 * PAGE));
            assertEquals(-1, memory.grow(2));
            assertEquals(3, memory.grow(1));
        }
    }

    @Test
    void countsOfMemoriesAndTablesBoundInstantiationAndARefusalCountsNothing() {
        try (Engine engine = engine(); Store<Void> store = Store.create(engine)) {
            store.setLimits(StoreLimits.UNLIMITED.withInstances(3).withMemories(1).withTables(1));
            Linker<Void> linker = Linker.create(engine);
            Module memoryAndTable = Module.fromText(engine, "(module (memory 1) (table 1 funcref))");
            linker.instantiate(store, memoryAndTable);
            WasmException memories = assertThrows(WasmException.class, () -> linker.instantiate(store, memoryAndTable));
            assertFalse(memories instanceof Trap);
            assertTrue(memories.getMessage().contains("StoreLimits.memories"), memories.getMessage());
            WasmException tables = assertThrows(WasmException.class,
                    () -> linker.instantiate(store, Module.fromText(engine, "(module (table 1 funcref))")));
            assertTrue(tables.getMessage().contains("StoreLimits.tables"), tables.getMessage());
            // Neither refusal counted as an instance: two more fit.
            Module empty = Module.fromText(engine, "(module)");
            linker.instantiate(store, empty);
            linker.instantiate(store, empty);
            WasmException instances = assertThrows(WasmException.class, () -> linker.instantiate(store, empty));
            assertTrue(instances.getMessage().contains("StoreLimits.instances"), instances.getMessage());
        }
    }

    @Test
    void anInstanceWhoseStartTrapsDoesNotCount() {
        try (Engine engine = engine(); Store<Void> store = Store.create(engine)) {
            store.setLimits(StoreLimits.UNLIMITED.withInstances(1));
            Linker<Void> linker = Linker.create(engine);
            Trap t = assertThrows(Trap.class, () -> linker.instantiate(store,
                    Module.fromText(engine, "(module (func $s unreachable) (start $s))")));
            assertEquals(TrapCode.UNREACHABLE, t.code());
            linker.instantiate(store, Module.fromText(engine, "(module)"));
        }
    }

    @Test
    void aDeserializedModuleIsInstrumentedAsItsNewEngineAsks() {
        String spin = "(module (func (export \"spin\") (loop $l (br $l))))";
        byte[] serialized;
        try (Engine plain = engine()) {
            serialized = Module.fromText(plain, spin).serialize();
        }
        try (Engine fuel = Engine.builder().backend("pure").consumeFuel(true).build();
             Store<Void> store = Store.create(fuel)) {
            Instance i = Linker.<Void>create(fuel).instantiate(store, Module.deserialize(fuel, serialized));
            store.setFuel(1_000);
            Trap t = assertThrows(Trap.class, () -> i.func("spin").orElseThrow().call());
            assertEquals(TrapCode.OUT_OF_FUEL, t.code());
        }
        try (Engine epochs = Engine.builder().backend("pure").epochInterruption(true).build();
             Store<Void> store = Store.create(epochs)) {
            Instance i = Linker.<Void>create(epochs).instantiate(store, Module.deserialize(epochs, serialized));
            store.setEpochDeadline(0);
            Trap t = assertThrows(Trap.class, () -> i.func("spin").orElseThrow().call());
            assertEquals(TrapCode.INTERRUPTED, t.code());
        }
    }
}
