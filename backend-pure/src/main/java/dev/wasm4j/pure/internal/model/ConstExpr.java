package dev.wasm4j.pure.internal.model;

import java.util.List;

/**
 * A constant expression (global and table initializers, segment offsets and elements), kept as its
 * instruction list without the final {@code end}, for a runtime to evaluate.
 */
public record ConstExpr(List<ConstInstruction> instructions, int offset) {
    public ConstExpr {
        instructions = List.copyOf(instructions);
    }

    /** The single instruction of the common one-instruction form, or null. */
    public ConstInstruction single() {
        return instructions.size() == 1 ? instructions.get(0) : null;
    }
}
