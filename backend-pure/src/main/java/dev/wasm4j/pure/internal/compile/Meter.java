package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.runtime.Epochs;
import dev.wasm4j.pure.internal.runtime.Fuel;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import static dev.wasm4j.pure.internal.decode.Opcodes.BLOCK;
import static dev.wasm4j.pure.internal.decode.Opcodes.DROP;
import static dev.wasm4j.pure.internal.decode.Opcodes.ELSE;
import static dev.wasm4j.pure.internal.decode.Opcodes.END;
import static dev.wasm4j.pure.internal.decode.Opcodes.LOOP;
import static dev.wasm4j.pure.internal.decode.Opcodes.NOP;
import static dev.wasm4j.pure.internal.decode.Opcodes.RETURN;
import static dev.wasm4j.pure.internal.decode.Opcodes.UNREACHABLE;

/**
 * The fuel charges and epoch checks of one method, emitted only when the module's {@link Instrumentation}
 * asks (otherwise every method here emits nothing).
 *
 * <p>Fuel: the compiler counts the units of the instructions of a straight-line run ({@link #count}) and
 * charges them in one call of {@link Fuel#consume} where the run ends: before every branch, call, return
 * and throw, and before every label control can also reach from elsewhere (loop headers, the ends of
 * blocks, else); a br_if charges on its taken path only, the fall-through continuing the run. So each loop iteration pays for itself, and a path never pays for instructions it did
 * not run, except those of a run cut short by a trap. A unit per instruction, but, as in wasmtime, none
 * for those that produce no work (nop, drop, block, loop, else, end, return, unreachable).
 *
 * <p>Epochs: a call of {@link Epochs#check} at function entry and at every loop header.
 */
final class Meter {
    private static final String FUEL = Type.getInternalName(Fuel.class);
    private static final String EPOCHS = Type.getInternalName(Epochs.class);

    private final FunctionCompiler c;
    private final boolean fuel;
    private final boolean epochCheck;
    /** Units of the current run not charged yet. */
    private int pending;

    Meter(FunctionCompiler c, Instrumentation instrumentation) {
        this.c = c;
        this.fuel = instrumentation.fuel();
        this.epochCheck = instrumentation.epochCheck();
    }

    /** Adds an instruction about to be emitted (in reachable code) to the current run. */
    void count(int opcode) {
        if (fuel) {
            pending += units(opcode);
        }
    }

    /** Ends the current run: charges its units. */
    void charge() {
        chargeContinuing();
        pending = 0;
    }

    /** Charges the run so far on a path that leaves it (a taken br_if), while the code after continues it. */
    void chargeContinuing() {
        if (pending == 0) {
            return;
        }
        c.markPosition();
        c.loadInstance();
        c.iconst(pending);
        c.invokeStatic(FUEL, "consume", "(" + JvmTypes.INSTANCE_DESC + "I)V");
    }

    /** Ends the current run without charging it: it ends in a trap. */
    void discard() {
        pending = 0;
    }

    /** Whether every unit counted has been charged: must hold wherever control can no longer reach. */
    boolean settled() {
        return pending == 0;
    }

    void checkEpoch() {
        if (epochCheck) {
            c.markPosition();
            c.loadInstance();
            c.invokeStatic(EPOCHS, "check", "(" + JvmTypes.INSTANCE_DESC + ")V");
        }
    }

    private static int units(int opcode) {
        return switch (opcode) {
            case NOP, DROP, BLOCK, LOOP, ELSE, END, RETURN, UNREACHABLE -> 0;
            default -> 1;
        };
    }
}
