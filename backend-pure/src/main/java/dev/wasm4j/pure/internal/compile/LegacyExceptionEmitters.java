package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;
import dev.wasm4j.pure.internal.model.FuncSig;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.CATCH;
import static dev.wasm4j.pure.internal.decode.Opcodes.CATCH_ALL;
import static dev.wasm4j.pure.internal.decode.Opcodes.DELEGATE;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETHROW;
import static dev.wasm4j.pure.internal.decode.Opcodes.TRY;

/**
 * The legacy exception instructions (try, catch, catch_all, delegate, rethrow), which toolchains still
 * emit for C++ exceptions. Like a try_table (see {@link ExceptionEmitters}) a try's body is a
 * {@link HandlerRange}; here the handler
 * dispatches into the catch bodies that follow in the code, which run inside the block with the values
 * below pushed again and the exception's values on top. The caught exception stays in a local for
 * {@code rethrow}. {@code delegate} hands the exception to the handler of an enclosing try (a jump to
 * its handler label), or out of the function.
 *
 * <p>Catch bodies are never split into parts ({@link FunctionSplitter}), so a rethrow always finds its
 * exception in the method that caught it.
 */
final class LegacyExceptionEmitters {
    private LegacyExceptionEmitters() {
    }

    /** The state of one legacy try block, on its control frame. */
    static final class LegacyTry {
        final HandlerRange range;
        /** Set at the first catch: from then on the code is in the catch bodies. */
        boolean inCatch;
        boolean caughtAll;
        /** The caught exception's local, during the catch bodies. */
        int exn = -1;
        /** Where the test of the next catch clause goes; null after catch_all. */
        Label nextClause;

        LegacyTry(HandlerRange range) {
            this.range = range;
        }
    }

    static void register() {
        EmitterTable.put(TRY, LegacyExceptionEmitters::tryBlock);
        EmitterTable.put(CATCH, (c, r) -> catchClause(c, r.index()));
        EmitterTable.put(CATCH_ALL, (c, r) -> catchClause(c, -1));
        EmitterTable.put(DELEGATE, LegacyExceptionEmitters::delegate);
        EmitterTable.put(RETHROW, LegacyExceptionEmitters::rethrow);
    }

    private static void tryBlock(FunctionCompiler c, CodeReader r) {
        int[][] bt = c.blockType(r);
        if (!c.reachable()) {
            c.pushFrame(ControlFrame.Kind.BLOCK, bt[0], bt[1]);
            return;
        }
        HandlerRange range = HandlerRange.open(c, bt[0]);
        ControlFrame f = c.pushFrame(ControlFrame.Kind.BLOCK, bt[0], bt[1]);
        f.legacyTry = new LegacyTry(range);
    }

    /**
     * Ends the try body (first clause) or the previous catch body, then tests this clause's tag
     * ({@code tag} -1: catch_all) and, when it matches, enters its body with the exception's values.
     */
    private static void catchClause(FunctionCompiler c, int tag) {
        ControlFrame f = c.topFrame();
        if (f.dead) {
            return;
        }
        LegacyTry t = f.legacyTry;
        MethodVisitor mv = c.mv();
        leaveSection(c, f);
        if (!t.inCatch) {
            closeTryBody(c, f);
            t.inCatch = true;
            t.exn = c.locals().borrowRef();
            mv.visitVarInsn(Opcodes.ASTORE, t.exn);
            c.reloadMemory();
        } else {
            mv.visitLabel(t.nextClause);
        }
        t.nextClause = null;
        if (tag >= 0) {
            t.nextClause = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, t.exn);
            mv.visitTypeInsn(Opcodes.CHECKCAST, ExceptionEmitters.EXN);
            c.iconst(tag);
            c.loadInstance();
            c.invokeStatic(ExceptionEmitters.OPS, "hasTag",
                    "(L" + ExceptionEmitters.EXN + ";I" + JvmTypes.INSTANCE_DESC + ")Z");
            mv.visitJumpInsn(Opcodes.IFEQ, t.nextClause);
        } else {
            t.caughtAll = true;
        }
        t.range.restoreBelow(c);
        if (tag >= 0) {
            FuncSig type = c.plan().module().funcSig(c.plan().module().tag(tag).typeIndex());
            mv.visitVarInsn(Opcodes.ALOAD, t.exn);
            mv.visitTypeInsn(Opcodes.CHECKCAST, ExceptionEmitters.EXN);
            mv.visitFieldInsn(Opcodes.GETFIELD, ExceptionEmitters.EXN, "values", ExceptionEmitters.OBJECT_ARRAY);
            c.unpackResults(type.params());
            c.stack().pushAll(type.params());
        }
        c.setReachable(true);
    }

    /** The code before a catch or the end falls through to the end of the block: jump there. */
    private static void leaveSection(FunctionCompiler c, ControlFrame f) {
        if (c.reachable()) {
            c.meter().charge();
            c.mv().visitJumpInsn(Opcodes.GOTO, f.label);
            f.branchedTo = true;
            c.setReachable(false);
        }
    }

    /** Ends the handler range at the current position and starts the handler there: [exn] on the stack. */
    private static void closeTryBody(FunctionCompiler c, ControlFrame f) {
        f.legacyTry.range.close(c.mv());
        c.mv().visitLabel(f.legacyTry.range.handler);
    }

    /** At the end of a try with catches but no catch_all: an exception no clause matched is rethrown. */
    static void beforeEnd(FunctionCompiler c, ControlFrame f) {
        LegacyTry t = f.legacyTry;
        if (!t.inCatch || t.nextClause == null) {
            return;
        }
        leaveSection(c, f);
        MethodVisitor mv = c.mv();
        mv.visitLabel(t.nextClause);
        mv.visitVarInsn(Opcodes.ALOAD, t.exn);
        mv.visitTypeInsn(Opcodes.CHECKCAST, ExceptionEmitters.EXN);
        mv.visitInsn(Opcodes.ATHROW);
    }

    static void afterEnd(FunctionCompiler c, ControlFrame f) {
        LegacyTry t = f.legacyTry;
        if (t.exn >= 0) {
            c.locals().giveBackRef(t.exn);
        }
        t.range.release(c);
    }

    /**
     * {@code delegate l}: ends the try block like {@code end}, and its handler passes the exception to
     * the innermost handler at or outside label {@code l} (counted outside the try): a try still in its
     * body, or a try_table. None in this method: the exception leaves it.
     */
    private static void delegate(FunctionCompiler c, CodeReader r) {
        ControlFrame f = c.topFrame();
        if (f.dead) {
            ControlEmitters.end(c, r);
            return;
        }
        LegacyTry t = f.legacyTry;
        MethodVisitor mv = c.mv();
        boolean reachable = c.reachable();
        if (reachable) {
            c.meter().charge();
        }
        t.range.close(mv);
        t.inCatch = false; // no catch bodies: the end merges as a plain block's
        ControlEmitters.end(c, r);
        // The handler must be outside the ranges of the handlers it skips: at the method's end.
        Label target = handlerAtOrOutside(c, r.index());
        c.atMethodEnd(() -> {
            mv.visitLabel(t.range.handler);
            if (target != null) {
                mv.visitJumpInsn(Opcodes.GOTO, target);
            } else {
                mv.visitInsn(Opcodes.ATHROW);
            }
        });
    }

    private static Label handlerAtOrOutside(FunctionCompiler c, int depth) {
        for (int d = depth; ; d++) {
            ControlFrame g = c.frame(d);
            if (g.isExternal() || g.kind == ControlFrame.Kind.FUNCTION) {
                return null;
            }
            if (!g.dead && g.legacyTry != null && !g.legacyTry.inCatch) {
                return g.legacyTry.range.handler;
            }
            if (!g.dead && g.tryTable != null) {
                return g.tryTable.range.handler;
            }
        }
    }

    /** {@code rethrow l}: throws again the exception caught by the catch body of the try at label l. */
    private static void rethrow(FunctionCompiler c, CodeReader r) {
        c.meter().charge();
        c.markPosition();
        ControlFrame g = c.frame(r.index());
        MethodVisitor mv = c.mv();
        mv.visitVarInsn(Opcodes.ALOAD, g.legacyTry.exn);
        mv.visitTypeInsn(Opcodes.CHECKCAST, ExceptionEmitters.EXN);
        mv.visitInsn(Opcodes.ATHROW);
        c.setReachable(false);
    }
}
