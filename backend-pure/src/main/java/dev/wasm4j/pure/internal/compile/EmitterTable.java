package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.Feature;
import dev.wasm4j.UnsupportedFeatureException;
import dev.wasm4j.pure.internal.decode.Opcodes;

import java.util.function.UnaryOperator;

/**
 * Maps every opcode the compiler supports to its emitter. Each instruction family registers itself
 * ({@link ControlEmitters}, {@link NumericEmitters}, ...); an opcode without an emitter is a feature the
 * backend does not compile yet.
 */
final class EmitterTable {
    private static final InstructionEmitter[] PLAIN = new InstructionEmitter[256];
    private static final InstructionEmitter[] MISC = new InstructionEmitter[64];
    private static final InstructionEmitter[] SIMD = new InstructionEmitter[0x114];

    static {
        ControlEmitters.register();
        CallEmitters.register();
        VariableEmitters.register();
        MemoryEmitters.register();
        ReferenceEmitters.register();
        NumericEmitters.register();
        SimdEmitters.register();
        WideArithmeticEmitters.register();
        ExceptionEmitters.register();
        LegacyExceptionEmitters.register();
        Table64Emitters.register(); // wraps the table instructions registered above
    }

    private EmitterTable() {
    }

    static void put(int opcode, InstructionEmitter emitter) {
        InstructionEmitter[] table = tableFor(opcode);
        int index = opcode & 0xFFFF;
        if (table == null || index >= table.length) {
            throw new IllegalArgumentException("no emitter slot for opcode " + Opcodes.hex(opcode));
        }
        if (table[index] != null) {
            throw new IllegalStateException("two emitters for " + Opcodes.name(opcode));
        }
        table[index] = emitter;
    }

    /** Replaces the emitter registered for {@code opcode} by {@code wrapper} applied to it. */
    static void wrap(int opcode, UnaryOperator<InstructionEmitter> wrapper) {
        InstructionEmitter[] table = tableFor(opcode);
        int index = opcode & 0xFFFF;
        if (table == null || index >= table.length || table[index] == null) {
            throw new IllegalStateException("no emitter to wrap for " + Opcodes.name(opcode));
        }
        table[index] = wrapper.apply(table[index]);
    }

    static InstructionEmitter get(int opcode) {
        InstructionEmitter[] table = tableFor(opcode);
        int index = opcode & 0xFFFF;
        InstructionEmitter e = table == null || index >= table.length ? null : table[index];
        if (e == null) {
            String name = Opcodes.name(opcode);
            Feature feature = Opcodes.feature(opcode);
            throw new UnsupportedFeatureException(feature == null ? "unknown" : feature.specName(),
                    "backend pure does not compile instruction " + (name != null ? name : Opcodes.hex(opcode)));
        }
        return e;
    }

    private static InstructionEmitter[] tableFor(int opcode) {
        int prefix = opcode >>> 16;
        if (prefix == 0) {
            return PLAIN;
        }
        if (prefix == Opcodes.PREFIX_SIMD) {
            return SIMD;
        }
        return prefix == Opcodes.PREFIX_MISC ? MISC : null;
    }
}
