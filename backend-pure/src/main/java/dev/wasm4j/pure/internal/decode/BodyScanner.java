package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.FunctionBody;
import dev.wasm4j.pure.internal.model.WasmModule;

import java.util.Arrays;
import java.util.Set;

/**
 * Decodes a function body without validating it, to find whether it is malformed: an undecodable
 * instruction, an {@code else}/{@code catch}/{@code delegate} out of place, or a final {@code end} that
 * is not where the body's size says. A malformed module must be reported as such even when validation
 * would fail earlier, since the spec decodes the whole module before validating it.
 */
public final class BodyScanner {
    private static final int FUNCTION = -1;

    private BodyScanner() {
    }

    /** Throws {@link dev.wasm4j.MalformedModuleException} if the body is malformed. */
    public static void check(WasmModule module, FunctionBody body, Set<Feature> features) {
        check(module.bytes(), body, features, module.dataCount().isPresent());
    }

    static void check(byte[] bytes, FunctionBody body, Set<Feature> features, boolean dataCountPresent) {
        CodeReader r = new CodeReader(bytes, body.codeStart(), bytes.length, features, dataCountPresent);
        int[] kinds = new int[16];
        int depth = 0;
        kinds[depth++] = FUNCTION;
        while (true) {
            int op = r.next();
            switch (op) {
                case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF, Opcodes.TRY_TABLE, Opcodes.TRY -> {
                    if (depth == kinds.length) {
                        kinds = Arrays.copyOf(kinds, depth * 2);
                    }
                    kinds[depth++] = op;
                }
                case Opcodes.ELSE -> {
                    require(kinds[depth - 1] == Opcodes.IF, r);
                    kinds[depth - 1] = Opcodes.ELSE;
                }
                case Opcodes.CATCH, Opcodes.CATCH_ALL -> {
                    require(kinds[depth - 1] == Opcodes.TRY || kinds[depth - 1] == Opcodes.CATCH, r);
                    kinds[depth - 1] = op;
                }
                case Opcodes.DELEGATE -> {
                    require(kinds[depth - 1] == Opcodes.TRY, r);
                    depth--;
                }
                case Opcodes.END -> {
                    depth--;
                    if (depth == 0) {
                        if (r.position() != body.end()) {
                            throw ByteReader.malformed(body.offset(), "section size mismatch");
                        }
                        return;
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void require(boolean ok, CodeReader r) {
        if (!ok) {
            throw ByteReader.malformed(r.offset(), "END opcode expected");
        }
    }

    /** Checks every body of the module. */
    public static void checkAll(WasmModule module, Set<Feature> features) {
        for (FunctionBody body : module.bodies()) {
            check(module, body, features);
        }
    }
}
