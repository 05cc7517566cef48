package dev.wasm4j.pure.internal.runtime;

/**
 * Instructions compiled as a call rather than inline: bulk memory and table operations, which are not
 * per-element hot paths. Operands come in wasm order with immediates and the instance last, so compiled
 * code pushes the immediates and the instance and calls. Address operands are unsigned ints; compiled
 * code narrows the i64 ones of 64-bit memories and tables first (see the compiler's {@code Addresses}).
 */
public final class InstanceOps {
    private InstanceOps() {
    }

    public static void memoryInit(int dst, int src, int length, int segment, WasmInstance ctx) {
        ctx.memory.init(ctx.data[segment], dst, src, length);
    }

    public static void memoryCopy(int dst, int src, int length, WasmInstance ctx) {
        ctx.memory.copyWithin(dst, src, length);
    }

    public static void memoryFill(int dst, int value, int length, WasmInstance ctx) {
        ctx.memory.fill(dst, value, length);
    }

    public static int memoryGrow(int delta, WasmInstance ctx) {
        return ctx.memory.growPages(delta);
    }

    // ---- the same on any memory (multi-memory): memory indices come after the segment immediate

    public static void memoryInit(int dst, int src, int length, int segment, int memory, WasmInstance ctx) {
        ctx.memories[memory].init(ctx.data[segment], dst, src, length);
    }

    public static void memoryCopy(int dst, int src, int length, int dstMemory, int srcMemory, WasmInstance ctx) {
        ctx.memories[dstMemory].copyFrom(ctx.memories[srcMemory], dst, src, length);
    }

    public static void memoryFill(int dst, int value, int length, int memory, WasmInstance ctx) {
        ctx.memories[memory].fill(dst, value, length);
    }

    public static int memoryGrow(int delta, int memory, WasmInstance ctx) {
        return ctx.memories[memory].growPages(delta);
    }

    public static void dataDrop(int segment, WasmInstance ctx) {
        ctx.dataDrop(segment);
    }

    public static Object tableGet(int index, int table, WasmInstance ctx) {
        return ctx.tables[table].get(index);
    }

    public static void tableSet(int index, Object value, int table, WasmInstance ctx) {
        ctx.tables[table].set(index, value);
    }

    public static int tableSize(int table, WasmInstance ctx) {
        return ctx.tables[table].sizeI32();
    }

    public static int tableGrow(Object init, int delta, int table, WasmInstance ctx) {
        return ctx.tables[table].grow(init, delta);
    }

    public static void tableFill(int index, Object value, int length, int table, WasmInstance ctx) {
        ctx.tables[table].fill(index, value, length);
    }

    public static void tableCopy(int dst, int src, int length, int dstTable, int srcTable, WasmInstance ctx) {
        ctx.tables[dstTable].copyFrom(ctx.tables[srcTable], dst, src, length);
    }

    public static void tableInit(int dst, int src, int length, int segment, int table, WasmInstance ctx) {
        ctx.tables[table].init(ctx.elements[segment], dst, src, length);
    }

    public static void elemDrop(int segment, WasmInstance ctx) {
        ctx.elemDrop(segment);
    }

    /** ref.func: the same reference every time, created at instantiation. */
    public static Object refFunc(int function, WasmInstance ctx) {
        return ctx.functions[function];
    }

    /** call_indirect's table lookup, with the spec's checks. */
    public static WasmFunction indirectTarget(int index, int table, int sigId, WasmInstance ctx) {
        return ctx.tables[table].function(index, sigId);
    }
}
