package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.WasmException;

import java.util.ArrayList;
import java.util.List;

/**
 * The wasm-to-host boundary's exception mapping. Compiled code lets the JVM detect some traps (memory
 * bounds through the array's own check, stack overflow) and throws {@link TrapSignal} for the rest;
 * every entry point from the host catches what comes out and passes it through {@link #toWasm}.
 */
public final class Traps {
    private Traps() {
    }

    /**
     * The exception the host should see for {@code t}: a {@link WasmException} unchanged, a trap for
     * what compiled code raised. Errors the JVM cannot recover from are rethrown as they are.
     */
    public static RuntimeException toWasm(Throwable t) {
        if (t instanceof WasmException w) {
            return w;
        }
        if (t instanceof TrapSignal s) {
            return new Trap(s.code(), backtrace(t));
        }
        if (t instanceof WasmExn e) {
            // Thrown without a JVM stack trace (see WasmExn): the frames are the boundary's.
            return new Trap(TrapCode.UNCAUGHT_EXCEPTION, TrapCode.UNCAUGHT_EXCEPTION.message() + ": " + e.getMessage(),
                    backtrace(new Throwable()), null);
        }
        if (t instanceof IndexOutOfBoundsException && raisedByWasmCode(t)) {
            return new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS, backtrace(t));
        }
        if (t instanceof StackOverflowError) {
            return new Trap(TrapCode.STACK_EXHAUSTED, backtrace(t));
        }
        if (t instanceof ArithmeticException) {
            return new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO, backtrace(t));
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new WasmException("internal error in backend pure: " + t, t);
    }

    /**
     * Whether {@code t} was thrown by a memory access of compiled code: its innermost frame outside the
     * JDK (VarHandle views and {@code Objects.checkIndex} throw from inside it) and {@link Simd} (whose
     * memory instructions compiled code calls) is compiled wasm code.
     * An index exception from anywhere else is a bug of this backend and must not pass for a trap. One
     * without a stack trace is the JIT's preallocated exception for a hot throwing access
     * (OmitStackTraceInFastThrow), which our compiled code is where it happens.
     */
    private static final String SIMD = Simd.class.getName();

    private static boolean raisedByWasmCode(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length == 0) {
            return true;
        }
        for (StackTraceElement e : trace) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.equals(SIMD)) {
                continue;
            }
            return DebugInfo.frameOf(e).isPresent();
        }
        return false;
    }

    /**
     * The trap a host function's exception becomes: code HOST, the exception as cause, and the wasm
     * frames of the current stack (the exception may have been created anywhere).
     */
    public static Trap hostFailure(Throwable cause) {
        return new Trap(TrapCode.HOST, TrapCode.HOST.message() + ": " + cause, backtrace(new Throwable()), cause);
    }

    /**
     * The wasm frames of {@code t}'s JVM stack trace, innermost first. The methods a split function's
     * parts are called from belong to the same wasm frame as the innermost part.
     */
    public static List<FrameInfo> backtrace(Throwable t) {
        List<FrameInfo> frames = new ArrayList<>();
        int partOf = -1;
        for (StackTraceElement e : t.getStackTrace()) {
            DebugInfo.CodeFrame f = DebugInfo.frameOf(e).orElse(null);
            if (f == null) {
                continue;
            }
            if (partOf == f.info().functionIndex()) {
                partOf = f.part() ? partOf : -1;
                continue;
            }
            frames.add(f.info());
            partOf = f.part() ? f.info().functionIndex() : -1;
        }
        return frames;
    }

    // ---- thrown by compiled code: returning the exception lets the code end in athrow, as the JVM wants

    public static RuntimeException unreachable() {
        return new TrapSignal(TrapCode.UNREACHABLE);
    }
}
