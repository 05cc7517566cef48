package dev.wasm4j.pure.internal.validate;

import dev.wasm4j.InvalidModuleException;
import dev.wasm4j.pure.internal.decode.BodyScanner;
import dev.wasm4j.pure.internal.decode.ByteReader;
import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.decode.Opcodes;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates function bodies with the spec's operand-stack / control-stack algorithm, in one pass over
 * the lazily decoded instructions. Structural decoding errors (a stray {@code else}, a body that does
 * not end where its size says) are reported as malformed, and a body with a validation error is first
 * checked for malformedness, so that the result is the one a decode-then-validate implementation gives.
 */
final class FunctionValidator {
    static final int FUNCTION = -1;
    private static final long U32_LIMIT = 1L << 32;

    private final ModuleContext cx;
    private final ModuleTypes types;
    private final OperandStack stack;
    private final GcValidator gc;
    private final Map<Integer, int[]> singletons = new HashMap<>();
    private int[] locals = new int[16];
    private int[] tmp = new int[8];
    private int[] btParams;
    private int[] btResults;

    FunctionValidator(ModuleContext cx) {
        this.cx = cx;
        this.types = cx.types;
        this.stack = new OperandStack(cx.types);
        this.gc = new GcValidator(cx, stack, this);
    }

    void validate(FunctionBody body) {
        try {
            run(body);
        } catch (InvalidModuleException invalid) {
            BodyScanner.check(cx.module, body, cx.features);
            throw invalid;
        }
    }

    private void run(FunctionBody body) {
        int funcIndex = body.funcIndex();
        int typeIndex = cx.module.funcTypeIndex(funcIndex);
        int[] params = types.params(typeIndex);
        int count = params.length + body.localCount();
        if (locals.length < count) {
            locals = new int[count];
        }
        System.arraycopy(params, 0, locals, 0, params.length);
        body.expandLocals(locals, params.length);
        stack.begin(funcIndex, body.offset());
        for (int i = params.length; i < count; i++) {
            checkValueType(locals[i]);
            locals[i] = types.canon(locals[i]);
        }
        stack.locals(locals, count, params.length);
        CodeReader r = CodeReader.forBody(cx.module, body, cx.features);
        stack.pushCtrl(FUNCTION, OperandStack.NONE, types.results(typeIndex));
        while (true) {
            if (r.position() >= body.end()) {
                // The body's declared size ends before its final end: malformed, whatever comes next.
                BodyScanner.check(cx.module, body, cx.features);
                throw ByteReader.malformed(body.end(), "section size mismatch");
            }
            int op = r.next();
            stack.at(r.offset());
            if (op == Opcodes.END) {
                stack.popCtrl();
                if (stack.poppedKind() == Opcodes.IF
                        && !implicitElseFits(stack.poppedParams(), stack.poppedResults())) {
                    throw stack.typeMismatch();
                }
                if (stack.depth() == 0) {
                    if (r.position() != body.end()) {
                        throw ByteReader.malformed(body.offset(), "section size mismatch");
                    }
                    return;
                }
                stack.pushAll(stack.poppedResults());
            } else {
                instruction(op, r);
            }
        }
    }

    private void instruction(int op, CodeReader r) {
        switch (op) {
            case Opcodes.UNREACHABLE -> stack.unreachable();
            case Opcodes.NOP -> {
            }
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.TRY -> {
                readBlockType(r);
                stack.popAll(btParams);
                stack.pushCtrl(op, btParams, btResults);
            }
            case Opcodes.IF -> {
                readBlockType(r);
                stack.pop(ValueTypes.I32);
                stack.popAll(btParams);
                stack.pushCtrl(op, btParams, btResults);
            }
            case Opcodes.ELSE -> {
                requireStructure(stack.kind(0) == Opcodes.IF, r);
                stack.popCtrl();
                stack.pushCtrl(Opcodes.ELSE, stack.poppedParams(), stack.poppedResults());
            }
            case Opcodes.TRY_TABLE -> tryTable(r);
            case Opcodes.CATCH -> {
                requireStructure(stack.kind(0) == Opcodes.TRY || stack.kind(0) == Opcodes.CATCH, r);
                int[] tagParams = tagParams(r.index());
                stack.popCtrl();
                stack.pushCtrl(Opcodes.CATCH, tagParams, stack.poppedResults());
            }
            case Opcodes.CATCH_ALL -> {
                requireStructure(stack.kind(0) == Opcodes.TRY || stack.kind(0) == Opcodes.CATCH, r);
                stack.popCtrl();
                stack.pushCtrl(Opcodes.CATCH_ALL, OperandStack.NONE, stack.poppedResults());
            }
            case Opcodes.DELEGATE -> {
                requireStructure(stack.kind(0) == Opcodes.TRY, r);
                stack.popCtrl();
                label(r.index());
                stack.pushAll(stack.poppedResults());
            }
            case Opcodes.RETHROW -> {
                label(r.index());
                int kind = stack.kind(r.index());
                if (kind != Opcodes.CATCH && kind != Opcodes.CATCH_ALL) {
                    throw stack.error("invalid rethrow label");
                }
                stack.unreachable();
            }
            case Opcodes.THROW -> {
                stack.popAll(tagParams(r.index()));
                stack.unreachable();
            }
            case Opcodes.THROW_REF -> {
                stack.pop(ValueTypes.EXNREF);
                stack.unreachable();
            }
            case Opcodes.BR -> {
                stack.popAll(labelTypes(r.index()));
                stack.unreachable();
            }
            case Opcodes.BR_IF -> {
                int[] lt = labelTypes(r.index());
                stack.pop(ValueTypes.I32);
                stack.popAll(lt);
                stack.pushAll(lt);
            }
            case Opcodes.BR_TABLE -> brTable(r);
            case Opcodes.RETURN -> {
                stack.popAll(returnTypes());
                stack.unreachable();
            }
            case Opcodes.CALL -> call(funcType(r.index()), false);
            case Opcodes.RETURN_CALL -> call(funcType(r.index()), true);
            case Opcodes.CALL_INDIRECT, Opcodes.RETURN_CALL_INDIRECT -> {
                int table = table(r.index2());
                int typeIndex = funcTypeIndex(r.index());
                if (!types.isSubtype(cx.tableTypes[table], ValueTypes.FUNCREF)) {
                    throw stack.typeMismatch();
                }
                stack.pop(cx.tableAddressType(table));
                call(typeIndex, op == Opcodes.RETURN_CALL_INDIRECT);
            }
            case Opcodes.CALL_REF, Opcodes.RETURN_CALL_REF -> {
                int typeIndex = funcTypeIndex(r.index());
                stack.pop(ValueTypes.ref(true, types.canon(ValueTypes.concrete(typeIndex))));
                call(typeIndex, op == Opcodes.RETURN_CALL_REF);
            }
            case Opcodes.DROP -> stack.pop();
            case Opcodes.SELECT -> select();
            case Opcodes.SELECT_T -> {
                if (r.selectTypeCount() != 1) {
                    throw stack.error("invalid result arity");
                }
                int t = valueType(r.selectType(0));
                stack.pop(ValueTypes.I32);
                stack.pop(t);
                stack.pop(t);
                stack.push(t);
            }
            case Opcodes.LOCAL_GET -> {
                int i = local(r.index());
                if (!stack.isInitialized(i)) {
                    throw stack.error("uninitialized local");
                }
                stack.push(stack.localType(i));
            }
            case Opcodes.LOCAL_SET -> {
                int i = local(r.index());
                stack.pop(stack.localType(i));
                stack.initialize(i);
            }
            case Opcodes.LOCAL_TEE -> {
                int i = local(r.index());
                stack.pop(stack.localType(i));
                stack.initialize(i);
                stack.push(stack.localType(i));
            }
            case Opcodes.GLOBAL_GET -> stack.push(cx.globalTypes[global(r.index())]);
            case Opcodes.GLOBAL_SET -> {
                int g = global(r.index());
                if (!cx.globalMutable[g]) {
                    throw stack.error(cx.messages.immutableGlobal());
                }
                stack.pop(cx.globalTypes[g]);
            }
            case Opcodes.TABLE_GET -> {
                int t = table(r.index());
                stack.pop(cx.tableAddressType(t));
                stack.push(cx.tableTypes[t]);
            }
            case Opcodes.TABLE_SET -> {
                int t = table(r.index());
                stack.pop(cx.tableTypes[t]);
                stack.pop(cx.tableAddressType(t));
            }
            case Opcodes.MEMORY_SIZE -> stack.push(cx.memoryAddressType(memory(r.index())));
            case Opcodes.MEMORY_GROW -> {
                int at = cx.memoryAddressType(memory(r.index()));
                stack.pop(at);
                stack.push(at);
            }
            case Opcodes.I32_CONST -> stack.push(ValueTypes.I32);
            case Opcodes.I64_CONST -> stack.push(ValueTypes.I64);
            case Opcodes.F32_CONST -> stack.push(ValueTypes.F32);
            case Opcodes.F64_CONST -> stack.push(ValueTypes.F64);
            case Opcodes.REF_NULL -> stack.push(ValueTypes.ref(true, heapType(r.heapType())));
            case Opcodes.REF_IS_NULL -> {
                stack.popRef();
                stack.push(ValueTypes.I32);
            }
            case Opcodes.REF_FUNC -> {
                int f = function(r.index());
                if (!cx.declaredFunctions[f]) {
                    throw stack.error("undeclared function reference");
                }
                stack.push(cx.funcRefType(f));
            }
            case Opcodes.REF_EQ -> {
                int eqref = ValueTypes.ref(true, ValueTypes.HT_EQ);
                stack.pop(eqref);
                stack.pop(eqref);
                stack.push(ValueTypes.I32);
            }
            case Opcodes.REF_AS_NON_NULL -> {
                int rt = stack.popRef();
                stack.push(ValueTypes.ref(false, ValueTypes.heapType(rt)));
            }
            case Opcodes.BR_ON_NULL -> {
                int[] lt = labelTypes(r.index());
                int rt = stack.popRef();
                stack.popAll(lt);
                stack.pushAll(lt);
                stack.push(ValueTypes.ref(false, ValueTypes.heapType(rt)));
            }
            case Opcodes.BR_ON_NON_NULL -> {
                int[] lt = labelTypes(r.index());
                if (lt.length == 0 || !ValueTypes.isRef(lt[lt.length - 1])) {
                    throw stack.typeMismatch();
                }
                int rt = stack.popRef();
                stack.push(ValueTypes.ref(false, ValueTypes.heapType(rt)));
                stack.popAll(lt);
                pushPrefix(lt, lt.length - 1);
            }
            case Opcodes.MEMORY_INIT -> {
                int m = memory(r.index2());
                data(r.index());
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.pop(cx.memoryAddressType(m));
            }
            case Opcodes.DATA_DROP -> data(r.index());
            case Opcodes.MEMORY_COPY -> {
                int dst = cx.memoryAddressType(memory(r.index()));
                int src = cx.memoryAddressType(memory(r.index2()));
                stack.pop(dst == ValueTypes.I64 && src == ValueTypes.I64 ? ValueTypes.I64 : ValueTypes.I32);
                stack.pop(src);
                stack.pop(dst);
            }
            case Opcodes.MEMORY_FILL -> {
                int at = cx.memoryAddressType(memory(r.index()));
                stack.pop(at);
                stack.pop(ValueTypes.I32);
                stack.pop(at);
            }
            case Opcodes.TABLE_INIT -> {
                int t = table(r.index2());
                int e = element(r.index());
                if (!types.isSubtype(cx.elementTypes[e], cx.tableTypes[t])) {
                    throw stack.typeMismatch();
                }
                stack.pop(ValueTypes.I32);
                stack.pop(ValueTypes.I32);
                stack.pop(cx.tableAddressType(t));
            }
            case Opcodes.ELEM_DROP -> element(r.index());
            case Opcodes.TABLE_COPY -> {
                int dst = table(r.index());
                int src = table(r.index2());
                if (!types.isSubtype(cx.tableTypes[src], cx.tableTypes[dst])) {
                    throw stack.typeMismatch();
                }
                int dstAt = cx.tableAddressType(dst);
                int srcAt = cx.tableAddressType(src);
                stack.pop(dstAt == ValueTypes.I64 && srcAt == ValueTypes.I64 ? ValueTypes.I64 : ValueTypes.I32);
                stack.pop(srcAt);
                stack.pop(dstAt);
            }
            case Opcodes.TABLE_GROW -> {
                int t = table(r.index());
                int at = cx.tableAddressType(t);
                stack.pop(at);
                stack.pop(cx.tableTypes[t]);
                stack.push(at);
            }
            case Opcodes.TABLE_SIZE -> stack.push(cx.tableAddressType(table(r.index())));
            case Opcodes.TABLE_FILL -> {
                int t = table(r.index());
                int at = cx.tableAddressType(t);
                stack.pop(at);
                stack.pop(cx.tableTypes[t]);
                stack.pop(at);
            }
            case Opcodes.ATOMIC_FENCE -> {
            }
            default -> other(op, r);
        }
    }

    private void other(int op, CodeReader r) {
        if (op >>> 16 == Opcodes.PREFIX_GC) {
            gc.validate(op, r);
            return;
        }
        int[] params = SimpleSignatures.params(op);
        if (params != null) {
            checkLanes(op, r);
            stack.popAll(params);
            stack.pushAll(SimpleSignatures.results(op));
            return;
        }
        if (MemoryAccesses.kind(op) != 0) {
            memoryAccess(op, r);
            return;
        }
        throw new IllegalStateException("no validation rule for " + Opcodes.describe(op));
    }

    // ---- control helpers

    private void requireStructure(boolean ok, CodeReader r) {
        if (!ok) {
            throw ByteReader.malformed(r.offset(), "END opcode expected");
        }
    }

    /** Reads a block type into {@link #btParams} and {@link #btResults}, canonical. */
    private void readBlockType(CodeReader r) {
        int index = r.blockTypeIndex();
        if (index >= 0) {
            int t = funcTypeIndex(index);
            btParams = types.params(t);
            btResults = types.results(t);
            return;
        }
        int vt = r.blockValueType();
        btParams = OperandStack.NONE;
        btResults = vt == CodeReader.BLOCK_EMPTY ? OperandStack.NONE : singleton(valueType(vt));
    }

    int[] singleton(int type) {
        return singletons.computeIfAbsent(type, t -> new int[] {t});
    }

    int[] labelTypes(int depth) {
        label(depth);
        return stack.labelTypes(depth, Opcodes.LOOP);
    }

    private void label(int depth) {
        if (!stack.hasLabel(depth)) {
            throw stack.error(Messages.unknown("label", depth));
        }
    }

    private int[] returnTypes() {
        return stack.frameResults(stack.depth() - 1);
    }

    void pushPrefix(int[] types, int length) {
        for (int i = 0; i < length; i++) {
            stack.push(types[i]);
        }
    }

    private void brTable(CodeReader r) {
        stack.pop(ValueTypes.I32);
        int[] defaultTypes = labelTypes(r.index());
        int arity = defaultTypes.length;
        for (int i = 0; i < r.targetCount(); i++) {
            int[] lt = labelTypes(r.target(i));
            if (lt.length != arity) {
                throw stack.typeMismatch();
            }
            stack.checkTop(lt);
        }
        stack.popAll(defaultTypes);
        stack.unreachable();
    }

    private void call(int typeIndex, boolean tail) {
        stack.popAll(types.params(typeIndex));
        int[] results = types.results(typeIndex);
        if (tail) {
            int[] own = returnTypes();
            if (own.length != results.length) {
                throw stack.typeMismatch();
            }
            for (int i = 0; i < own.length; i++) {
                if (!types.isSubtype(results[i], own[i])) {
                    throw stack.typeMismatch();
                }
            }
            stack.unreachable();
        } else {
            stack.pushAll(results);
        }
    }

    /** An if without else passes its parameters through as results: they must match. */
    private boolean implicitElseFits(int[] params, int[] results) {
        if (params.length != results.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            if (!types.isSubtype(params[i], results[i])) {
                return false;
            }
        }
        return true;
    }

    private void select() {
        stack.pop(ValueTypes.I32);
        int t1 = stack.pop();
        int t2 = stack.pop();
        if (!isNumOrVec(t1) || !isNumOrVec(t2) || (t1 != t2 && t1 != ValueTypes.BOTTOM && t2 != ValueTypes.BOTTOM)) {
            throw stack.typeMismatch();
        }
        stack.push(t1 == ValueTypes.BOTTOM ? t2 : t1);
    }

    private static boolean isNumOrVec(int t) {
        return t == ValueTypes.BOTTOM || ValueTypes.isNumeric(t) || t == ValueTypes.V128;
    }

    private void tryTable(CodeReader r) {
        readBlockType(r);
        for (int i = 0; i < r.catchCount(); i++) {
            int[] lt = labelTypes(r.catchLabel(i));
            int kind = r.catchKind(i);
            int n = 0;
            if (kind == CodeReader.CATCH || kind == CodeReader.CATCH_REF) {
                int[] tp = tagParams(r.catchTag(i));
                ensureTmp(tp.length + 1);
                System.arraycopy(tp, 0, tmp, 0, tp.length);
                n = tp.length;
            }
            if (kind == CodeReader.CATCH_REF || kind == CodeReader.CATCH_ALL_REF) {
                ensureTmp(n + 1);
                tmp[n++] = ValueTypes.ref(false, ValueTypes.HT_EXN);
            }
            if (lt.length != n) {
                throw stack.typeMismatch();
            }
            for (int k = 0; k < n; k++) {
                if (!types.isSubtype(tmp[k], lt[k])) {
                    throw stack.typeMismatch();
                }
            }
        }
        stack.popAll(btParams);
        stack.pushCtrl(Opcodes.TRY_TABLE, btParams, btResults);
    }

    private void ensureTmp(int n) {
        if (tmp.length < n) {
            tmp = Arrays.copyOf(tmp, n * 2);
        }
    }

    // ---- memory

    private void memoryAccess(int op, CodeReader r) {
        int kind = MemoryAccesses.kind(op);
        int m = memory(r.memory());
        int natural = MemoryAccesses.naturalAlignment(op);
        boolean atomic = kind >= MemoryAccesses.ATOMIC_LOAD;
        if (atomic ? r.align() != natural : r.align() > natural) {
            throw stack.error(atomic ? "alignment must be equal to natural"
                    : "alignment must not be larger than natural");
        }
        int at = cx.memoryAddressType(m);
        if (at == ValueTypes.I32 && Long.compareUnsigned(r.memoryOffset(), U32_LIMIT) >= 0) {
            throw stack.error("offset out of range");
        }
        int t = MemoryAccesses.valueType(op);
        switch (kind) {
            case MemoryAccesses.LOAD, MemoryAccesses.ATOMIC_LOAD -> {
                stack.pop(at);
                stack.push(t);
            }
            case MemoryAccesses.STORE, MemoryAccesses.ATOMIC_STORE -> {
                stack.pop(t);
                stack.pop(at);
            }
            case MemoryAccesses.LOAD_LANE, MemoryAccesses.STORE_LANE -> {
                if (r.lane() >= 16 >> natural) {
                    throw stack.error("invalid lane index");
                }
                stack.pop(ValueTypes.V128);
                stack.pop(at);
                if (kind == MemoryAccesses.LOAD_LANE) {
                    stack.push(ValueTypes.V128);
                }
            }
            case MemoryAccesses.ATOMIC_RMW -> {
                stack.pop(t);
                stack.pop(at);
                stack.push(t);
            }
            case MemoryAccesses.ATOMIC_CMPXCHG -> {
                stack.pop(t);
                stack.pop(t);
                stack.pop(at);
                stack.push(t);
            }
            case MemoryAccesses.ATOMIC_NOTIFY -> {
                stack.pop(ValueTypes.I32);
                stack.pop(at);
                stack.push(ValueTypes.I32);
            }
            case MemoryAccesses.ATOMIC_WAIT -> {
                stack.pop(ValueTypes.I64);
                stack.pop(t);
                stack.pop(at);
                stack.push(ValueTypes.I32);
            }
            default -> throw new IllegalStateException("memory access kind " + kind);
        }
    }

    private void checkLanes(int op, CodeReader r) {
        int lanes = SimpleSignatures.laneCount(op);
        if (lanes == 0) {
            return;
        }
        if (op == Opcodes.I8X16_SHUFFLE) {
            for (int i = 0; i < 16; i++) {
                if (r.byteAt(i) >= lanes) {
                    throw stack.error("invalid lane index");
                }
            }
        } else if (r.lane() >= lanes) {
            throw stack.error("invalid lane index");
        }
    }

    // ---- index checks

    int local(int index) {
        if (index >= stack.localCount()) {
            throw stack.error(Messages.unknown("local", index));
        }
        return index;
    }

    int global(int index) {
        if (index >= cx.globalTypes.length) {
            throw stack.error(Messages.unknown("global", index));
        }
        return index;
    }

    int table(int index) {
        if (index >= cx.tableTypes.length) {
            throw stack.error(Messages.unknown("table", index));
        }
        return index;
    }

    int memory(int index) {
        if (index >= cx.module.numMemories()) {
            throw stack.error(Messages.unknown("memory", index));
        }
        return index;
    }

    int function(int index) {
        if (index >= cx.module.numFuncs()) {
            throw stack.error(Messages.unknown("function", index));
        }
        return index;
    }

    int data(int index) {
        if (index >= cx.dataCount) {
            throw stack.error(Messages.unknown("data segment", index));
        }
        return index;
    }

    int element(int index) {
        if (index >= cx.elementTypes.length) {
            throw stack.error(Messages.unknown("elem segment", index));
        }
        return index;
    }

    private int funcType(int funcIndex) {
        return cx.module.funcTypeIndex(function(funcIndex));
    }

    /** A type index that must name a function type. */
    int funcTypeIndex(int index) {
        typeIndex(index);
        if (!types.isFunc(index)) {
            throw stack.typeMismatch();
        }
        return index;
    }

    int typeIndex(int index) {
        if (index >= types.count()) {
            throw stack.error(Messages.unknown("type", index));
        }
        return index;
    }

    private int[] tagParams(int tag) {
        if (tag >= cx.module.numTags()) {
            throw stack.error(Messages.unknown("tag", tag));
        }
        return types.params(cx.module.tag(tag).typeIndex());
    }

    void checkValueType(int type) {
        if ((type & ValueTypes.CONCRETE) != 0) {
            typeIndex(ValueTypes.typeIndex(type));
        }
    }

    /** A value type from an immediate: checked and canonical. */
    int valueType(int type) {
        checkValueType(type);
        return types.canon(type);
    }

    /** A heap type from an immediate: checked and canonical. */
    int heapType(int heapType) {
        checkValueType(heapType);
        return types.canon(heapType);
    }
}
