package dev.wasm4j.pure.internal.compile;

import org.objectweb.asm.Label;

/** One entry of the control stack: a block (or try_table), loop, if or the function body itself. */
final class ControlFrame {
    enum Kind { FUNCTION, BLOCK, LOOP, IF }

    final Kind kind;
    final int[] params;
    final int[] results;
    /** Operand stack height below the frame's parameters. */
    final int height;
    /** The branch target: the start of a loop, the end of anything else. */
    final Label label;
    /** Where an if's false branch starts (null for other kinds). */
    final Label elseLabel;
    /** Whether the frame began in unreachable code: then all of it is unreachable. */
    final boolean dead;
    /**
     * For a part of a split function, a frame enclosing the part: branching to it leaves the part's
     * method, returning this code (0 means falling through the part's end).
     */
    final int exitCode;
    /** Whether a branch targets {@link #label}. */
    boolean branchedTo;
    boolean hasElse;
    /** Whether an if's true branch reached its else by falling through. */
    boolean thenFellThrough;
    /** For a try_table (a block with exception handlers), what its handler needs; null otherwise. */
    ExceptionEmitters.TryTable tryTable;
    /** For a legacy try block (try/catch/delegate), its handler state; null otherwise. */
    LegacyExceptionEmitters.LegacyTry legacyTry;

    ControlFrame(Kind kind, int[] params, int[] results, int height, boolean dead) {
        this(kind, params, results, height, dead, 0);
    }

    private ControlFrame(Kind kind, int[] params, int[] results, int height, boolean dead, int exitCode) {
        this.kind = kind;
        this.params = params;
        this.results = results;
        this.height = height;
        this.dead = dead;
        this.exitCode = exitCode;
        this.label = new Label();
        this.elseLabel = kind == Kind.IF ? new Label() : null;
    }

    /** A frame outside the part being compiled, reached by returning {@code exitCode}. */
    static ControlFrame external(Kind kind, int[] params, int[] results, int exitCode) {
        return new ControlFrame(kind, params, results, 0, false, exitCode);
    }

    boolean isExternal() {
        return exitCode > 0;
    }

    /** The types a branch to this frame carries: a loop's parameters, otherwise the results. */
    int[] branchTypes() {
        return kind == Kind.LOOP ? params : results;
    }
}
