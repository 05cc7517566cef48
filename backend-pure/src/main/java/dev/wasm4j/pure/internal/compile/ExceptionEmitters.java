package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.FuncSig;
import dev.wasm4j.pure.internal.model.ValueTypes;
import dev.wasm4j.pure.internal.runtime.ExceptionOps;
import dev.wasm4j.pure.internal.runtime.WasmExn;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import static dev.wasm4j.pure.internal.decode.Opcodes.THROW;
import static dev.wasm4j.pure.internal.decode.Opcodes.THROW_REF;
import static dev.wasm4j.pure.internal.decode.Opcodes.TRY_TABLE;

/**
 * Exception handling. A wasm exception is a {@link WasmExn} thrown as a JVM exception (it is also the
 * exnref value); a {@code try_table} is a block whose body is a JVM exception-handler range for WasmExn.
 * Traps are other exception classes, so no catch clause ever sees them.
 *
 * <p>The try_table's {@link HandlerRange} keeps the values below it for the handler, which pushes them
 * again before the caught values and the branch.
 */
final class ExceptionEmitters {
    static final String EXN = Type.getInternalName(WasmExn.class);
    static final String OPS = Type.getInternalName(ExceptionOps.class);
    static final String OBJECT_ARRAY = "[Ljava/lang/Object;";

    private ExceptionEmitters() {
    }

    /** What the handler of a try_table needs, kept on its control frame until its end. */
    static final class TryTable {
        final HandlerRange range;
        final int[] catchKinds;
        final int[] catchTags;
        final int[] catchLabels;

        TryTable(HandlerRange range, int[] catchKinds, int[] catchTags, int[] catchLabels) {
            this.range = range;
            this.catchKinds = catchKinds;
            this.catchTags = catchTags;
            this.catchLabels = catchLabels;
        }
    }

    static void register() {
        EmitterTable.put(TRY_TABLE, ExceptionEmitters::tryTable);
        EmitterTable.put(THROW, ExceptionEmitters::throwTag);
        EmitterTable.put(THROW_REF, ExceptionEmitters::throwRef);
    }

    /** [values of the tag's type]: boxes them into the exception and throws it. */
    private static void throwTag(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        int tag = r.index();
        FuncSig type = c.plan().module().funcSig(c.plan().module().tag(tag).typeIndex());
        c.markPosition();
        c.stack().pop(type.paramCount());
        c.packResults(type.params());
        c.iconst(tag);
        c.loadInstance();
        c.invokeStatic(OPS, "newException", "(" + OBJECT_ARRAY + "I" + JvmTypes.INSTANCE_DESC
                + ")Ljava/lang/RuntimeException;");
        c.mv().visitInsn(Opcodes.ATHROW);
        c.setReachable(false);
    }

    private static void throwRef(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        c.markPosition();
        c.stack().pop();
        c.invokeStatic(OPS, "rethrow", "(Ljava/lang/Object;)Ljava/lang/RuntimeException;");
        c.mv().visitInsn(Opcodes.ATHROW);
        c.setReachable(false);
    }

    private static void tryTable(FunctionCompiler c, CodeReader r) {
        int[][] bt = c.blockType(r);
        int n = r.catchCount();
        int[] kinds = new int[n];
        int[] tags = new int[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = r.catchKind(i);
            tags[i] = r.catchTag(i);
            labels[i] = r.catchLabel(i);
        }
        if (!c.reachable()) {
            c.pushFrame(ControlFrame.Kind.BLOCK, bt[0], bt[1]);
            return;
        }
        HandlerRange range = HandlerRange.open(c, bt[0]);
        ControlFrame f = c.pushFrame(ControlFrame.Kind.BLOCK, bt[0], bt[1]);
        f.tryTable = new TryTable(range, kinds, tags, labels);
    }

    /**
     * At a try_table's end (its frame popped, its results pushed): closes the handler range, and emits the
     * handler out of line. It tries the catch clauses in order; the first whose tag matches (or a catch_all)
     * pushes the values below the try_table, the exception's values (and the exnref for the _ref forms) and
     * branches to its label; none matching rethrows.
     */
    static void endTryTable(FunctionCompiler c, ControlFrame f, boolean reachableAfter) {
        TryTable t = f.tryTable;
        MethodVisitor mv = c.mv();
        Label after = new Label();
        if (reachableAfter) {
            mv.visitJumpInsn(Opcodes.GOTO, after);
        }
        mv.visitLabel(t.range.handler);
        int exn = c.locals().borrowRef();
        mv.visitVarInsn(Opcodes.ASTORE, exn);
        c.reloadMemory();
        int[] heightAfter = new int[c.stack().size()];
        for (int i = 0; i < heightAfter.length; i++) {
            heightAfter[i] = c.stack().peek(heightAfter.length - 1 - i);
        }
        for (int i = 0; i < t.catchKinds.length; i++) {
            int kind = t.catchKinds[i];
            Label next = new Label();
            if (kind == CodeReader.CATCH || kind == CodeReader.CATCH_REF) {
                mv.visitVarInsn(Opcodes.ALOAD, exn);
                mv.visitTypeInsn(Opcodes.CHECKCAST, EXN);
                c.iconst(t.catchTags[i]);
                c.loadInstance();
                c.invokeStatic(OPS, "hasTag", "(L" + EXN + ";I" + JvmTypes.INSTANCE_DESC + ")Z");
                mv.visitJumpInsn(Opcodes.IFEQ, next);
            }
            t.range.restoreBelow(c);
            if (kind == CodeReader.CATCH || kind == CodeReader.CATCH_REF) {
                FuncSig type = c.plan().module().funcSig(c.plan().module().tag(t.catchTags[i]).typeIndex());
                mv.visitVarInsn(Opcodes.ALOAD, exn);
                mv.visitTypeInsn(Opcodes.CHECKCAST, EXN);
                mv.visitFieldInsn(Opcodes.GETFIELD, EXN, "values", OBJECT_ARRAY);
                c.unpackResults(type.params());
                c.stack().pushAll(type.params());
            }
            if (kind == CodeReader.CATCH_REF || kind == CodeReader.CATCH_ALL_REF) {
                mv.visitVarInsn(Opcodes.ALOAD, exn);
                c.stack().push(ValueTypes.EXNREF & ~ValueTypes.NULLABLE);
            }
            c.branch(c.frame(t.catchLabels[i]));
            mv.visitLabel(next);
        }
        mv.visitVarInsn(Opcodes.ALOAD, exn);
        mv.visitTypeInsn(Opcodes.CHECKCAST, EXN);
        mv.visitInsn(Opcodes.ATHROW);
        c.locals().giveBackRef(exn);
        t.range.release(c);
        c.stack().truncate(0);
        c.stack().pushAll(heightAfter);
        if (reachableAfter) {
            mv.visitLabel(after);
        }
    }
}
