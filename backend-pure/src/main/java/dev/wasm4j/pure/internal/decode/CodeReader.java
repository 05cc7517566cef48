package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Arrays;
import java.util.Set;

/**
 * Decodes instructions one at a time from a function body or constant expression. {@link #next()}
 * reads an opcode and all its immediates; the accessors then describe that instruction until the next
 * call. Nothing is allocated per instruction, so the validator and the compiler can both stream through
 * large bodies.
 *
 * <p>Which accessor holds which immediate, by {@link Opcodes#immediates(int) shape}:
 * <ul>
 * <li>{@code IMM_BLOCK}: {@link #blockTypeIndex()} or {@link #blockValueType()}</li>
 * <li>{@code IMM_LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, MEMORY, TAG, DATA, ELEM}: {@link #index()}</li>
 * <li>{@code IMM_BR_TABLE}: {@link #targetCount()}, {@link #target(int)}, default in {@link #index()}</li>
 * <li>{@code IMM_CALL_INDIRECT}: type in {@link #index()}, table in {@link #index2()}</li>
 * <li>{@code IMM_MEMARG}: {@link #align()}, {@link #memory()}, {@link #memoryOffset()}; plus
 * {@link #lane()} for {@code IMM_MEMARG_LANE}</li>
 * <li>{@code IMM_I32, IMM_F32}: {@link #intValue()} (f32 as bits); {@code IMM_I64, IMM_F64}:
 * {@link #longValue()} (f64 as bits); {@code IMM_V128, IMM_SHUFFLE}: {@link #v128Low()},
 * {@link #v128High()}, {@link #byteAt(int)}; {@code IMM_LANE}: {@link #lane()}</li>
 * <li>{@code IMM_SELECT_TYPES}: {@link #selectTypeCount()}, {@link #selectType(int)}</li>
 * <li>{@code IMM_HEAP_TYPE}: {@link #heapType()}</li>
 * <li>{@code IMM_TRY_TABLE}: block type, then {@link #catchCount()}, {@link #catchKind(int)},
 * {@link #catchTag(int)}, {@link #catchLabel(int)}</li>
 * <li>two indices (memory.init data+memory, memory.copy dst+src, table.init elem+table, table.copy
 * dst+src, struct.get type+field, array.copy dst+src, array.new_fixed type+count, array.new_data
 * type+data, array.new_elem type+elem): {@link #index()}, {@link #index2()}</li>
 * <li>{@code IMM_BR_ON_CAST}: label in {@link #index()}, {@link #castFlags()}, {@link #heapType()},
 * {@link #heapType2()}</li>
 * </ul>
 */
public final class CodeReader {
    /** {@link #blockValueType()} of a block with no parameters and no results. */
    public static final int BLOCK_EMPTY = 0x40;

    public static final int CATCH = 0;
    public static final int CATCH_REF = 1;
    public static final int CATCH_ALL = 2;
    public static final int CATCH_ALL_REF = 3;

    private final ByteReader in;
    private final TypeReader types;
    private final Set<Feature> features;
    private final boolean dataCountPresent;
    private final boolean multiMemory;
    private final boolean memory64;

    private int opcode;
    private int offset;
    private int index;
    private int index2;
    private int intValue;
    private long longValue;
    private long v128High;
    private int align;
    private int lane;
    private int blockTypeIndex;
    private int blockValueType;
    private int heapType;
    private int heapType2;
    private int castFlags;
    private int[] targets = new int[8];
    private int targetCount;
    private int[] selectTypes = new int[1];
    private int selectTypeCount;
    private int[] catchKinds = new int[4];
    private int[] catchTags = new int[4];
    private int[] catchLabels = new int[4];
    private int catchCount;

    /**
     * @param dataCountPresent whether the module has a data count section (required by memory.init and
     *                         data.drop)
     */
    public CodeReader(byte[] bytes, int start, int limit, Set<Feature> features, boolean dataCountPresent) {
        this.in = new ByteReader(bytes, start, limit);
        this.types = new TypeReader(features);
        this.features = features;
        this.dataCountPresent = dataCountPresent;
        this.multiMemory = features.contains(Feature.MULTI_MEMORY);
        this.memory64 = features.contains(Feature.MEMORY64);
    }

    /**
     * A reader over a function body's instructions, from after its locals. Reading may go past the
     * body's declared end (as the spec's decoder does) only in a malformed module: after validation the
     * final {@code end} is exactly at {@link FunctionBody#end()}.
     */
    public static CodeReader forBody(WasmModule module, FunctionBody body, Set<Feature> features) {
        return new CodeReader(module.bytes(), body.codeStart(), module.bytes().length, features,
                module.dataCount().isPresent());
    }

    public int position() {
        return in.position();
    }

    public boolean atEnd() {
        return in.atEnd();
    }

    /** Reads the next instruction and returns its opcode. */
    public int next() {
        offset = in.position();
        int b = in.readByte();
        int op = b;
        if (Opcodes.isPrefix(b)) {
            int sub = in.readU32();
            if (sub < 0 || sub > 0xFFFF) {
                throw ByteReader.malformed(offset, "illegal opcode " + Integer.toHexString(b) + " "
                        + Integer.toHexString(sub));
            }
            op = b << 16 | sub;
        }
        if (!Opcodes.isDefined(op)) {
            throw ByteReader.malformed(offset, "illegal opcode " + Opcodes.hex(op));
        }
        Feature feature = Opcodes.feature(op);
        if (feature != null && !features.contains(feature)) {
            throw ByteReader.malformed(offset, "illegal opcode " + Opcodes.hex(op) + " (" + Opcodes.name(op)
                    + " needs feature " + feature.specName() + ")");
        }
        opcode = op;
        readImmediates(Opcodes.immediates(op));
        return op;
    }

    private void readImmediates(int shape) {
        switch (shape) {
            case Opcodes.IMM_NONE -> {
            }
            case Opcodes.IMM_BLOCK -> readBlockType();
            case Opcodes.IMM_LABEL, Opcodes.IMM_FUNC, Opcodes.IMM_TYPE, Opcodes.IMM_LOCAL, Opcodes.IMM_GLOBAL,
                 Opcodes.IMM_TABLE, Opcodes.IMM_TAG, Opcodes.IMM_ELEM -> index = in.readIndex();
            case Opcodes.IMM_DATA -> {
                requireDataCount();
                index = in.readIndex();
            }
            case Opcodes.IMM_MEMORY -> index = readMemoryIndex();
            case Opcodes.IMM_BR_TABLE -> readBrTable();
            case Opcodes.IMM_CALL_INDIRECT -> {
                index = in.readIndex();
                index2 = features.contains(Feature.REFERENCE_TYPES) ? in.readIndex() : readZeroByte();
            }
            case Opcodes.IMM_MEMARG -> readMemArg();
            case Opcodes.IMM_MEMARG_LANE -> {
                readMemArg();
                lane = in.readByte();
            }
            case Opcodes.IMM_I32 -> intValue = in.readS32();
            case Opcodes.IMM_I64 -> longValue = in.readS64();
            case Opcodes.IMM_F32 -> intValue = in.readFixed32();
            case Opcodes.IMM_F64 -> longValue = in.readFixed64();
            case Opcodes.IMM_V128, Opcodes.IMM_SHUFFLE -> {
                longValue = in.readFixed64();
                v128High = in.readFixed64();
            }
            case Opcodes.IMM_LANE -> lane = in.readByte();
            case Opcodes.IMM_SELECT_TYPES -> readSelectTypes();
            case Opcodes.IMM_HEAP_TYPE -> heapType = types.readHeapType(in);
            case Opcodes.IMM_TRY_TABLE -> readTryTable();
            case Opcodes.IMM_MEMORY_INIT -> {
                requireDataCount();
                index = in.readIndex();
                index2 = readMemoryIndex();
            }
            case Opcodes.IMM_MEMORY_COPY -> {
                index = readMemoryIndex();
                index2 = readMemoryIndex();
            }
            case Opcodes.IMM_TABLE_INIT, Opcodes.IMM_TABLE_COPY, Opcodes.IMM_TYPE_FIELD, Opcodes.IMM_TYPE_TYPE,
                 Opcodes.IMM_TYPE_COUNT, Opcodes.IMM_TYPE_ELEM -> {
                index = in.readIndex();
                index2 = in.readIndex();
            }
            case Opcodes.IMM_TYPE_DATA -> {
                index = in.readIndex();
                requireDataCount();
                index2 = in.readIndex();
            }
            case Opcodes.IMM_BR_ON_CAST -> {
                int flagsAt = in.position();
                castFlags = in.readByte();
                if (castFlags > 3) {
                    throw ByteReader.malformed(flagsAt, "malformed br_on_cast flags");
                }
                index = in.readIndex();
                heapType = types.readHeapType(in);
                heapType2 = types.readHeapType(in);
            }
            case Opcodes.IMM_ZERO_BYTE -> readZeroByte();
            default -> throw new IllegalStateException("unknown immediate shape " + shape);
        }
    }

    private void requireDataCount() {
        if (!dataCountPresent) {
            throw ByteReader.malformed(offset, "data count section required");
        }
    }

    private int readZeroByte() {
        int at = in.position();
        if (in.readByte() != 0) {
            throw ByteReader.malformed(at, "zero byte expected");
        }
        return 0;
    }

    private int readMemoryIndex() {
        return multiMemory ? in.readIndex() : readZeroByte();
    }

    private void readBlockType() {
        int b = in.peekByte();
        blockTypeIndex = -1;
        if (b == BLOCK_EMPTY) {
            in.readByte();
            blockValueType = BLOCK_EMPTY;
        } else if (types.startsValueType(b)) {
            blockValueType = types.readValueType(in);
        } else {
            int at = in.position();
            long x = in.readS33();
            if (x < 0 || !features.contains(Feature.MULTI_VALUE)) {
                throw ByteReader.malformed(at, "malformed block type");
            }
            blockTypeIndex = (int) Math.min(x, Integer.MAX_VALUE);
            blockValueType = BLOCK_EMPTY;
        }
    }

    private void readBrTable() {
        int n = in.readIndex();
        targetCount = 0;
        for (int i = 0; i < n; i++) {
            if (targetCount == targets.length) {
                targets = Arrays.copyOf(targets, targetCount * 2);
            }
            targets[targetCount++] = in.readIndex();
        }
        index = in.readIndex();
    }

    private void readMemArg() {
        int at = in.position();
        int flags = in.readU32();
        if (multiMemory) {
            if (flags < 0 || flags >= 128) {
                throw ByteReader.malformed(at, "malformed memop flags");
            }
            if (flags >= 64) {
                align = flags - 64;
                index2 = in.readIndex();
            } else {
                align = flags;
                index2 = 0;
            }
        } else {
            if (flags < 0 || flags >= 32) {
                throw ByteReader.malformed(at, "malformed memop flags");
            }
            align = flags;
            index2 = 0;
        }
        longValue = memory64 ? in.readU64() : in.readU32AsLong();
    }

    private void readSelectTypes() {
        int n = in.readIndex();
        selectTypeCount = 0;
        for (int i = 0; i < n; i++) {
            if (selectTypeCount == selectTypes.length) {
                selectTypes = Arrays.copyOf(selectTypes, selectTypeCount * 2);
            }
            selectTypes[selectTypeCount++] = types.readValueType(in);
        }
    }

    private void readTryTable() {
        readBlockType();
        int n = in.readIndex();
        catchCount = 0;
        for (int i = 0; i < n; i++) {
            if (catchCount == catchKinds.length) {
                catchKinds = Arrays.copyOf(catchKinds, catchCount * 2);
                catchTags = Arrays.copyOf(catchTags, catchCount * 2);
                catchLabels = Arrays.copyOf(catchLabels, catchCount * 2);
            }
            int at = in.position();
            int kind = in.readByte();
            if (kind > CATCH_ALL_REF) {
                throw ByteReader.malformed(at, "malformed catch clause");
            }
            catchKinds[catchCount] = kind;
            catchTags[catchCount] = kind <= CATCH_REF ? in.readIndex() : -1;
            catchLabels[catchCount] = in.readIndex();
            catchCount++;
        }
    }

    // ---- the current instruction

    public int opcode() {
        return opcode;
    }

    /** Byte offset of the current instruction's opcode in the module. */
    public int offset() {
        return offset;
    }

    public int index() {
        return index;
    }

    /** Memory index of a memarg, or the second index of two-index instructions. */
    public int index2() {
        return index2;
    }

    public int memory() {
        return index2;
    }

    /** The alignment exponent of a memarg (alignment = 2^align bytes). */
    public int align() {
        return align;
    }

    /** The static offset of a memarg (unsigned). */
    public long memoryOffset() {
        return longValue;
    }

    public int lane() {
        return lane;
    }

    public int intValue() {
        return intValue;
    }

    public long longValue() {
        return longValue;
    }

    public long v128Low() {
        return longValue;
    }

    public long v128High() {
        return v128High;
    }

    /** Byte {@code i} (0..15) of a v128 constant or shuffle mask. */
    public int byteAt(int i) {
        long half = i < 8 ? longValue : v128High;
        return (int) (half >>> ((i & 7) * 8)) & 0xFF;
    }

    /** The type index of a block type, or -1 when it is empty or a single value type. */
    public int blockTypeIndex() {
        return blockTypeIndex;
    }

    /** The single result type of a block type, or {@link #BLOCK_EMPTY}. */
    public int blockValueType() {
        return blockValueType;
    }

    public int targetCount() {
        return targetCount;
    }

    public int target(int i) {
        return targets[i];
    }

    public int selectTypeCount() {
        return selectTypeCount;
    }

    public int selectType(int i) {
        return selectTypes[i];
    }

    public int heapType() {
        return heapType;
    }

    public int heapType2() {
        return heapType2;
    }

    /** br_on_cast flags: bit 0 the source is nullable, bit 1 the target is nullable. */
    public int castFlags() {
        return castFlags;
    }

    public int catchCount() {
        return catchCount;
    }

    public int catchKind(int i) {
        return catchKinds[i];
    }

    /** The tag of a catch or catch_ref clause, else -1. */
    public int catchTag(int i) {
        return catchTags[i];
    }

    public int catchLabel(int i) {
        return catchLabels[i];
    }
}
