package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a compiled function keeps its wasm locals, and the JVM local slots it uses besides.
 *
 * <p>Normally every wasm local is a JVM local: the parameters are the method's parameters, then come
 * the instance, the declared locals, the cached memory array, and scratch slots that emitters borrow
 * to reorder the operand stack. A function split into several methods ({@link FunctionSplitter})
 * instead keeps its locals in two arrays shared by all its parts, a {@code long[]} of raw number bits
 * and an {@code Object[]} of references; so does a function whose locals do not fit in JVM
 * slots; the same arrays carry the values of branches between parts,
 * in transfer slots after the locals (a v128 branch value there is a {@code V128} in the Object[]).
 *
 * <p>A v128 local (parameters included) is kept as its two halves, two long JVM locals or two
 * elements of the long[], never as a {@code V128}: a V128 in a local that lives across a loop's
 * back-edge reaches the loop's phi, where C2's escape analysis gives up and allocates one per
 * iteration. {@code local.get} builds a fresh V128 the consumer's inlined code scalar-replaces, and
 * {@code local.set} reads the two fields. A v128 parameter is unpacked into its pair at entry.
 */
final class Locals {
    /** JVM methods have at most 65535 local slots. */
    private static final int MAX_SLOTS = 65535;
    /** Slots kept free for scratch values when deciding whether locals fit (emitters borrow few at once). */
    private static final int SCRATCH_RESERVE = 1024;
    private static final int SORT_INT = 0;
    private static final int SORT_LONG = 1;
    private static final int SORT_FLOAT = 2;
    private static final int SORT_DOUBLE = 3;
    private static final int SORT_REF = 4;
    static final String LONGS_DESC = "[J";
    static final String REFS_DESC = "[Ljava/lang/Object;";

    private final int[] types;
    private final int paramCount;
    private final boolean spilled;
    /**
     * JVM slot of each wasm local, or its index in the long[] or Object[] when spilled; for a v128 the
     * low half's, the high half's follows (two slots on, or the next element).
     */
    private final int[] where;
    final int instanceSlot;
    /** The slot caching memory 0's byte[], or -1 if the module has no memory. */
    final int memorySlot;
    final int longsSlot;
    final int refsSlot;
    private final int longCount;
    private final int refCount;
    private int next;
    private final List<ArrayDeque<Integer>> free = new ArrayList<>();

    private Locals(FuncSig sig, FunctionBody body, boolean hasMemory, int functionIndex, boolean spilled,
                   boolean piece) {
        this.spilled = spilled;
        paramCount = sig.paramCount();
        types = new int[paramCount + body.localCount()];
        where = new int[types.length];
        for (int i = 0; i < paramCount; i++) {
            types[i] = sig.param(i);
        }
        body.expandLocals(types, paramCount);
        int slot = 0;
        if (!piece) {
            // Where the parameters arrive; a v128 one moves to its pair (below) at entry.
            for (int i = 0; i < paramCount; i++) {
                where[i] = slot;
                slot += JvmTypes.size(types[i]);
            }
        }
        instanceSlot = piece ? 2 : slot++;
        int longs = 0;
        int refs = 0;
        if (spilled) {
            for (int i = 0; i < types.length; i++) {
                if (types[i] == ValueTypes.V128) {
                    where[i] = longs;
                    longs += 2;
                } else {
                    where[i] = JvmTypes.isObject(types[i]) ? refs++ : longs++;
                }
            }
            longsSlot = piece ? 0 : slot++;
            refsSlot = piece ? 1 : slot++;
            if (piece) {
                slot = 3;
            }
        } else {
            for (int i = 0; i < types.length; i++) {
                if (i < paramCount && types[i] != ValueTypes.V128) {
                    continue;
                }
                where[i] = slot;
                slot += storageSlots(types[i]);
                if (slot > MAX_SLOTS) {
                    throw new TooLargeException("function " + functionIndex + " has more locals than a JVM method can hold");
                }
            }
            longsSlot = -1;
            refsSlot = -1;
        }
        longCount = longs;
        refCount = refs;
        memorySlot = hasMemory ? slot++ : -1;
        next = slot;
        for (int s = 0; s <= SORT_REF; s++) {
            free.add(new ArrayDeque<>());
        }
    }

    /**
     * Whether the wasm locals of a function fit in JVM local slots with room left for the compiler's
     * scratch slots. A function whose locals do not is compiled spilled (its locals in arrays), as the
     * parts of a split function are.
     */
    static boolean fitInSlots(FuncSig sig, FunctionBody body) {
        int[] types = new int[sig.paramCount() + body.localCount()];
        for (int i = 0; i < sig.paramCount(); i++) {
            types[i] = sig.param(i);
        }
        body.expandLocals(types, sig.paramCount());
        long slots = 2 + SCRATCH_RESERVE;
        for (int i = 0; i < types.length; i++) {
            // A v128 parameter takes its parameter slot and its pair.
            slots += storageSlots(types[i]) + (i < sig.paramCount() && types[i] == ValueTypes.V128 ? 1 : 0);
        }
        return slots <= MAX_SLOTS;
    }

    /** JVM slots a local of the type takes: a v128's two longs take four. */
    private static int storageSlots(int type) {
        return type == ValueTypes.V128 ? 4 : JvmTypes.size(type);
    }

    /** The locals of a whole function; {@code spilled} when it is split into parts. */
    static Locals forFunction(FuncSig sig, FunctionBody body, boolean hasMemory, int functionIndex, boolean spilled) {
        return new Locals(sig, body, hasMemory, functionIndex, spilled, false);
    }

    /** The locals of a part split off a function: {@code (long[], Object[], WasmInstance)}. */
    static Locals forPiece(FuncSig sig, FunctionBody body, boolean hasMemory, int functionIndex) {
        return new Locals(sig, body, hasMemory, functionIndex, true, true);
    }

    boolean spilled() {
        return spilled;
    }

    int count() {
        return types.length;
    }

    int paramCount() {
        return paramCount;
    }

    int type(int local) {
        return types[local];
    }

    /** Array lengths of a spilled function: locals plus {@code transfer} branch values of each kind. */
    int longArrayLength(int transfer) {
        return longCount + transfer;
    }

    int refArrayLength(int transfer) {
        return refCount + transfer;
    }

    // ---- access to wasm locals

    void emitGet(MethodVisitor mv, int local) {
        int t = types[local];
        if (t == ValueTypes.V128) {
            mv.visitTypeInsn(Opcodes.NEW, JvmTypes.V128);
            mv.visitInsn(Opcodes.DUP);
            loadHalf(mv, local, 0);
            loadHalf(mv, local, 1);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, JvmTypes.V128, "<init>", "(JJ)V", false);
            return;
        }
        if (!spilled) {
            mv.visitVarInsn(JvmTypes.loadOpcode(t), where[local]);
            return;
        }
        loadArrayElement(mv, t, where[local]);
    }

    /** Stores the value on top of the stack (of the local's type) into the local. */
    void emitSet(MethodVisitor mv, int local) {
        int t = types[local];
        if (t == ValueTypes.V128) {
            storeHalves(mv, local);
            return;
        }
        if (!spilled) {
            mv.visitVarInsn(JvmTypes.storeOpcode(t), where[local]);
            return;
        }
        storeArrayElement(mv, t, where[local]);
    }

    /** Not spilled: sets a v128 local to zero (the long[] of a spilled function starts zeroed). */
    void emitZeroV128(MethodVisitor mv, int local) {
        assert !spilled && types[local] == ValueTypes.V128;
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, where[local]);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, where[local] + 2);
    }

    /** Not spilled: unpacks each v128 parameter into its pair of long locals. */
    void emitParameterUnpack(MethodVisitor mv) {
        int slot = 0;
        for (int i = 0; i < paramCount; i++) {
            if (types[i] == ValueTypes.V128) {
                mv.visitVarInsn(Opcodes.ALOAD, slot);
                storeHalves(mv, i);
            }
            slot += JvmTypes.size(types[i]);
        }
    }

    /** Spilled only: copies the method's parameters into the arrays. */
    void emitParameterSpill(MethodVisitor mv) {
        int slot = 0;
        for (int i = 0; i < paramCount; i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(types[i]), slot);
            if (types[i] == ValueTypes.V128) {
                storeHalves(mv, i);
            } else {
                storeArrayElement(mv, types[i], where[i]);
            }
            slot += JvmTypes.size(types[i]);
        }
    }

    /** Pushes half 0 (low) or 1 (high) of v128 local {@code local}. */
    private void loadHalf(MethodVisitor mv, int local, int half) {
        if (spilled) {
            mv.visitVarInsn(Opcodes.ALOAD, longsSlot);
            pushInt(mv, where[local] + half);
            mv.visitInsn(Opcodes.LALOAD);
        } else {
            mv.visitVarInsn(Opcodes.LLOAD, where[local] + 2 * half);
        }
    }

    /** [V128] -> []: its two fields into v128 local {@code local}. */
    private void storeHalves(MethodVisitor mv, int local) {
        if (!spilled) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.V128, "lo", "J");
            mv.visitVarInsn(Opcodes.LSTORE, where[local]);
            mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.V128, "hi", "J");
            mv.visitVarInsn(Opcodes.LSTORE, where[local] + 2);
            return;
        }
        int tmp = borrowRef();
        mv.visitVarInsn(Opcodes.ASTORE, tmp);
        for (int half = 0; half < 2; half++) {
            mv.visitVarInsn(Opcodes.ALOAD, longsSlot);
            pushInt(mv, where[local] + half);
            mv.visitVarInsn(Opcodes.ALOAD, tmp);
            mv.visitFieldInsn(Opcodes.GETFIELD, JvmTypes.V128, half == 0 ? "lo" : "hi", "J");
            mv.visitInsn(Opcodes.LASTORE);
        }
        giveBackRef(tmp);
    }

    /** Pushes transfer value {@code position} (a branch value between parts) of type {@code type}. */
    void emitTransferGet(MethodVisitor mv, int type, int position) {
        loadArrayElement(mv, type, (JvmTypes.isObject(type) ? refCount : longCount) + position);
    }

    void emitTransferSet(MethodVisitor mv, int type, int position) {
        storeArrayElement(mv, type, (JvmTypes.isObject(type) ? refCount : longCount) + position);
    }

    private void loadArrayElement(MethodVisitor mv, int type, int index) {
        if (JvmTypes.isObject(type)) {
            mv.visitVarInsn(Opcodes.ALOAD, refsSlot);
            pushInt(mv, index);
            mv.visitInsn(Opcodes.AALOAD);
            if (type == ValueTypes.V128) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, JvmTypes.V128);
            }
            return;
        }
        mv.visitVarInsn(Opcodes.ALOAD, longsSlot);
        pushInt(mv, index);
        mv.visitInsn(Opcodes.LALOAD);
        fromBits(mv, type);
    }

    private void storeArrayElement(MethodVisitor mv, int type, int index) {
        int tmp = borrow(type);
        mv.visitVarInsn(JvmTypes.storeOpcode(type), tmp);
        if (JvmTypes.isObject(type)) {
            mv.visitVarInsn(Opcodes.ALOAD, refsSlot);
            pushInt(mv, index);
            mv.visitVarInsn(Opcodes.ALOAD, tmp);
            mv.visitInsn(Opcodes.AASTORE);
        } else {
            mv.visitVarInsn(Opcodes.ALOAD, longsSlot);
            pushInt(mv, index);
            mv.visitVarInsn(JvmTypes.loadOpcode(type), tmp);
            toBits(mv, type);
            mv.visitInsn(Opcodes.LASTORE);
        }
        giveBack(type, tmp);
    }

    /** Raw bits as a long: an i32 sign-extended, floats through their raw bit patterns. */
    private static void toBits(MethodVisitor mv, int type) {
        switch (type) {
            case ValueTypes.I32 -> mv.visitInsn(Opcodes.I2L);
            case ValueTypes.F32 -> {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
                mv.visitInsn(Opcodes.I2L);
            }
            case ValueTypes.F64 -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits",
                    "(D)J", false);
            default -> {
            }
        }
    }

    private static void fromBits(MethodVisitor mv, int type) {
        switch (type) {
            case ValueTypes.I32 -> mv.visitInsn(Opcodes.L2I);
            case ValueTypes.F32 -> {
                mv.visitInsn(Opcodes.L2I);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
            }
            case ValueTypes.F64 -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble",
                    "(J)D", false);
            default -> {
            }
        }
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else if (v <= Short.MAX_VALUE) {
            mv.visitIntInsn(v <= Byte.MAX_VALUE ? Opcodes.BIPUSH : Opcodes.SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    // ---- scratch slots

    /** Borrows a scratch slot for a value of wasm type {@code type}. */
    int borrow(int type) {
        return borrowSort(sortOf(type), JvmTypes.size(type));
    }

    /** Borrows a scratch slot for an object (e.g. an array). */
    int borrowRef() {
        return borrowSort(SORT_REF, 1);
    }

    void giveBack(int type, int slot) {
        free.get(sortOf(type)).push(slot);
    }

    void giveBackRef(int slot) {
        free.get(SORT_REF).push(slot);
    }

    private int borrowSort(int sort, int size) {
        Integer s = free.get(sort).poll();
        if (s != null) {
            return s;
        }
        int slot = next;
        next += size;
        if (next > MAX_SLOTS) {
            throw new TooLargeException("it needs more JVM local slots than a method can hold");
        }
        return slot;
    }

    private static int sortOf(int type) {
        return switch (type) {
            case ValueTypes.I32 -> SORT_INT;
            case ValueTypes.I64 -> SORT_LONG;
            case ValueTypes.F32 -> SORT_FLOAT;
            case ValueTypes.F64 -> SORT_DOUBLE;
            default -> SORT_REF;
        };
    }
}
