package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.DATA_DROP;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_LOAD;
import static dev.wasm4j.pure.internal.decode.Opcodes.F32_STORE;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_LOAD;
import static dev.wasm4j.pure.internal.decode.Opcodes.F64_STORE;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LOAD;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LOAD16_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LOAD16_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LOAD8_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_LOAD8_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_STORE;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_STORE16;
import static dev.wasm4j.pure.internal.decode.Opcodes.I32_STORE8;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD16_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD16_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD32_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD32_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD8_S;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_LOAD8_U;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_STORE;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_STORE16;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_STORE32;
import static dev.wasm4j.pure.internal.decode.Opcodes.I64_STORE8;
import static dev.wasm4j.pure.internal.decode.Opcodes.MEMORY_COPY;
import static dev.wasm4j.pure.internal.decode.Opcodes.MEMORY_FILL;
import static dev.wasm4j.pure.internal.decode.Opcodes.MEMORY_GROW;
import static dev.wasm4j.pure.internal.decode.Opcodes.MEMORY_INIT;
import static dev.wasm4j.pure.internal.decode.Opcodes.MEMORY_SIZE;

/**
 * Memory instructions. A load or store reads the method's cached {@code byte[]} of memory 0 (or that of
 * another memory from the instance, see {@link FunctionCompiler#loadMemoryBytes(int)}) and accesses it
 * with a little-endian {@link java.lang.invoke.VarHandle} view (see {@code MemoryAccess}), so the JIT
 * emits a plain load or store with the array's bounds check. The effective address is made an index
 * that is negative whenever addr + offset does not fit, so that check also covers the 33-bit sum; the
 * resulting IndexOutOfBoundsException becomes the out-of-bounds trap at the wasm boundary. A 64-bit
 * memory's i64 operands are first narrowed to such ints ({@link Addresses}); bulk operations and grow
 * call {@code InstanceOps}, with the memory indices as arguments unless every memory involved is memory 0.
 */
final class MemoryEmitters {
    private static final String BYTE = "BYTE";
    private static final String SHORT = "SHORT";
    private static final String INT = "INT";
    private static final String LONG = "LONG";
    private static final String FLOAT = "FLOAT";
    private static final String DOUBLE = "DOUBLE";

    private MemoryEmitters() {
    }

    static void register() {
        EmitterTable.put(I32_LOAD, load(ValueTypes.I32, INT, "I"));
        EmitterTable.put(I64_LOAD, load(ValueTypes.I64, LONG, "J"));
        EmitterTable.put(F32_LOAD, load(ValueTypes.F32, FLOAT, "F"));
        EmitterTable.put(F64_LOAD, load(ValueTypes.F64, DOUBLE, "D"));
        EmitterTable.put(I32_LOAD8_S, loadByte(ValueTypes.I32, false));
        EmitterTable.put(I32_LOAD8_U, loadByte(ValueTypes.I32, true));
        EmitterTable.put(I32_LOAD16_S, load(ValueTypes.I32, SHORT, "S"));
        EmitterTable.put(I32_LOAD16_U, load(ValueTypes.I32, SHORT, "S", Opcodes.I2C));
        EmitterTable.put(I64_LOAD8_S, loadByte(ValueTypes.I64, false));
        EmitterTable.put(I64_LOAD8_U, loadByte(ValueTypes.I64, true));
        EmitterTable.put(I64_LOAD16_S, load(ValueTypes.I64, SHORT, "S", Opcodes.I2L));
        EmitterTable.put(I64_LOAD16_U, load(ValueTypes.I64, SHORT, "S", Opcodes.I2C, Opcodes.I2L));
        EmitterTable.put(I64_LOAD32_S, load(ValueTypes.I64, INT, "I", Opcodes.I2L));
        EmitterTable.put(I64_LOAD32_U, (c, r) -> {
            load(ValueTypes.I64, INT, "I", Opcodes.I2L).emit(c, r);
            c.lconst(0xFFFF_FFFFL);
            c.mv().visitInsn(Opcodes.LAND);
        });
        EmitterTable.put(I32_STORE, store(INT, "I"));
        EmitterTable.put(I64_STORE, store(LONG, "J"));
        EmitterTable.put(F32_STORE, store(FLOAT, "F"));
        EmitterTable.put(F64_STORE, store(DOUBLE, "D"));
        EmitterTable.put(I32_STORE8, storeByte());
        EmitterTable.put(I32_STORE16, store(SHORT, "S", Opcodes.I2S));
        EmitterTable.put(I64_STORE8, storeByte(Opcodes.L2I));
        EmitterTable.put(I64_STORE16, store(SHORT, "S", Opcodes.L2I, Opcodes.I2S));
        EmitterTable.put(I64_STORE32, store(INT, "I", Opcodes.L2I));
        EmitterTable.put(MEMORY_SIZE, MemoryEmitters::size);
        EmitterTable.put(MEMORY_GROW, MemoryEmitters::grow);
        EmitterTable.put(MEMORY_INIT, MemoryEmitters::init);
        EmitterTable.put(DATA_DROP, (c, r) -> {
            c.iconst(r.index());
            c.loadInstance();
            c.invokeStatic(Names.OPS, "dataDrop", "(I" + JvmTypes.INSTANCE_DESC + ")V");
        });
        EmitterTable.put(MEMORY_COPY, MemoryEmitters::copy);
        EmitterTable.put(MEMORY_FILL, MemoryEmitters::fill);
    }

    /**
     * Turns the address of a memarg instruction on the stack (i32, or i64 for a 64-bit memory) into the
     * array index of address + offset, negative when out of range (see the other overload).
     */
    static void effectiveIndex(FunctionCompiler c, CodeReader r) {
        if (is64(c, r.memory())) {
            Addresses.narrowTop(c);
        }
        effectiveIndex(c, r.memoryOffset());
    }

    /**
     * Turns the i32 address on the stack into the array index of address + offset: negative (so the
     * access fails) when the address is at or above 2^31 or the sum leaves the int range. The offset is
     * unsigned (up to 2^64 - 1 for a 64-bit memory).
     */
    private static void effectiveIndex(FunctionCompiler c, long offset) {
        MethodVisitor mv = c.mv();
        if (offset == 0) {
            return; // an address >= 2^31 is already a negative int
        }
        if (Long.compareUnsigned(offset, Integer.MAX_VALUE) > 0) {
            mv.visitInsn(Opcodes.POP); // no memory reaches 2^31 bytes
            mv.visitInsn(Opcodes.ICONST_M1);
            return;
        }
        // (addr + offset) | (addr >> 31)
        mv.visitInsn(Opcodes.DUP);
        c.iconst(31);
        mv.visitInsn(Opcodes.ISHR);
        mv.visitInsn(Opcodes.SWAP);
        c.iconst((int) offset);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IOR);
    }

    private static InstructionEmitter load(int result, String view, String viewDesc, int... then) {
        return (c, r) -> {
            MethodVisitor mv = c.mv();
            c.markPosition();
            c.stack().pop();
            effectiveIndex(c, r);
            // [index] -> [VarHandle, byte[], index]
            mv.visitFieldInsn(Opcodes.GETSTATIC, Names.ACCESS, view, "L" + Names.VAR_HANDLE + ";");
            mv.visitInsn(Opcodes.SWAP);
            c.loadMemoryBytes(r.memory());
            mv.visitInsn(Opcodes.SWAP);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.VAR_HANDLE, "get", "([BI)" + viewDesc, false);
            for (int op : then) {
                mv.visitInsn(op);
            }
            c.stack().push(result);
        };
    }

    private static InstructionEmitter loadByte(int result, boolean unsigned) {
        InstructionEmitter load = load(result == ValueTypes.I64 ? ValueTypes.I32 : result, BYTE, "B");
        return (c, r) -> {
            load.emit(c, r);
            if (unsigned) {
                c.iconst(0xFF);
                c.mv().visitInsn(Opcodes.IAND);
            }
            if (result == ValueTypes.I64) {
                c.mv().visitInsn(Opcodes.I2L);
                c.stack().pop();
                c.stack().push(ValueTypes.I64);
            }
        };
    }

    /** [addr, value]: the value waits in a scratch local while the index is computed. */
    private static InstructionEmitter store(String view, String viewDesc, int... convert) {
        return (c, r) -> {
            MethodVisitor mv = c.mv();
            c.markPosition();
            int valueType = c.stack().pop();
            c.stack().pop();
            int slot = c.locals().borrow(valueType);
            mv.visitVarInsn(JvmTypes.storeOpcode(valueType), slot);
            effectiveIndex(c, r);
            mv.visitFieldInsn(Opcodes.GETSTATIC, Names.ACCESS, view, "L" + Names.VAR_HANDLE + ";");
            mv.visitInsn(Opcodes.SWAP);
            c.loadMemoryBytes(r.memory());
            mv.visitInsn(Opcodes.SWAP);
            mv.visitVarInsn(JvmTypes.loadOpcode(valueType), slot);
            c.locals().giveBack(valueType, slot);
            for (int op : convert) {
                mv.visitInsn(op);
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Names.VAR_HANDLE, "set", "([BI" + viewDesc + ")V", false);
        };
    }

    private static InstructionEmitter storeByte(int... convert) {
        int[] narrow = new int[convert.length + 1];
        System.arraycopy(convert, 0, narrow, 0, convert.length);
        narrow[convert.length] = Opcodes.I2B;
        return store(BYTE, "B", narrow);
    }

    private static void size(FunctionCompiler c, CodeReader r) {
        MethodVisitor mv = c.mv();
        c.loadMemoryBytes(r.index());
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        int shift = c.plan().module().memory(r.index()).pageSizeLog2();
        if (shift != 0) {
            c.iconst(shift);
            mv.visitInsn(Opcodes.IUSHR);
        }
        c.stack().push(ValueTypes.I32);
        if (is64(c, r.index())) {
            Addresses.widenTop(c);
        }
    }

    private static void grow(FunctionCompiler c, CodeReader r) {
        int memory = r.index();
        Addresses.narrowOperands(c, 1);
        if (memory == 0) {
            c.loadInstance();
            c.invokeStatic(Names.OPS, "memoryGrow", "(I" + JvmTypes.INSTANCE_DESC + ")I");
            c.reloadMemory();
        } else {
            // Memories other than 0 are not cached in the method, so there is nothing to reload.
            c.iconst(memory);
            c.loadInstance();
            c.invokeStatic(Names.OPS, "memoryGrow", "(II" + JvmTypes.INSTANCE_DESC + ")I");
        }
        if (is64(c, memory)) {
            Addresses.widenTop(c);
        }
    }

    /** memory.init: the data segment in {@code index()}, the memory in {@code index2()}. */
    private static void init(FunctionCompiler c, CodeReader r) {
        if (r.index2() == 0) {
            bulk(c, "memoryInit", "(IIII" + JvmTypes.INSTANCE_DESC + ")V", r.index());
        } else {
            bulk(c, "memoryInit", "(IIIII" + JvmTypes.INSTANCE_DESC + ")V", r.index(), r.index2());
        }
    }

    /** memory.copy: the destination memory in {@code index()}, the source in {@code index2()}. */
    private static void copy(FunctionCompiler c, CodeReader r) {
        if (r.index() == 0 && r.index2() == 0) {
            bulk(c, "memoryCopy", "(III" + JvmTypes.INSTANCE_DESC + ")V");
        } else {
            bulk(c, "memoryCopy", "(IIIII" + JvmTypes.INSTANCE_DESC + ")V", r.index(), r.index2());
        }
    }

    private static void fill(FunctionCompiler c, CodeReader r) {
        if (r.index() == 0) {
            bulk(c, "memoryFill", "(III" + JvmTypes.INSTANCE_DESC + ")V");
        } else {
            bulk(c, "memoryFill", "(IIII" + JvmTypes.INSTANCE_DESC + ")V", r.index());
        }
    }

    /**
     * Three operands (i64 ones narrowed, see {@link Addresses}), the immediates, the instance: a call of
     * {@code InstanceOps}.
     */
    private static void bulk(FunctionCompiler c, String method, String desc, int... immediates) {
        c.markPosition();
        Addresses.narrowOperands(c, 3);
        c.stack().pop(3);
        for (int immediate : immediates) {
            c.iconst(immediate);
        }
        c.loadInstance();
        c.invokeStatic(Names.OPS, method, desc);
    }

    private static boolean is64(FunctionCompiler c, int memory) {
        return c.plan().module().memory(memory).memory64();
    }
}
