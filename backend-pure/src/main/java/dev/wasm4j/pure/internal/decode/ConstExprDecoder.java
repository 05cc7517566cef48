package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.pure.internal.model.ConstExpr;
import dev.wasm4j.pure.internal.model.ConstInstruction;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a constant expression up to its final {@code end}. Any instruction is decoded (the validator
 * decides which are constant), so malformed bytes report the same error as in a function body.
 */
final class ConstExprDecoder {
    private ConstExprDecoder() {
    }

    static ConstExpr read(DecodeContext cx) {
        int start = cx.in.position();
        CodeReader code = new CodeReader(cx.bytes, start, cx.bytes.length, cx.features, true);
        List<ConstInstruction> instructions = new ArrayList<>(2);
        int depth = 0;
        while (true) {
            int op = code.next();
            switch (op) {
                case Opcodes.END -> {
                    if (depth == 0) {
                        cx.in.position(code.position());
                        return new ConstExpr(instructions, start);
                    }
                    depth--;
                }
                case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF, Opcodes.TRY_TABLE, Opcodes.TRY -> depth++;
                case Opcodes.ELSE, Opcodes.CATCH, Opcodes.CATCH_ALL -> {
                    if (depth == 0) {
                        throw ByteReader.malformed(code.offset(), "END opcode expected");
                    }
                }
                case Opcodes.DELEGATE -> {
                    if (depth == 0) {
                        throw ByteReader.malformed(code.offset(), "END opcode expected");
                    }
                    depth--;
                }
                default -> {
                }
            }
            instructions.add(toConstInstruction(code));
        }
    }

    private static ConstInstruction toConstInstruction(CodeReader code) {
        int op = code.opcode();
        return switch (Opcodes.immediates(op)) {
            case Opcodes.IMM_I32, Opcodes.IMM_F32 -> new ConstInstruction(op, code.intValue(), 0, code.offset());
            case Opcodes.IMM_I64, Opcodes.IMM_F64 -> new ConstInstruction(op, code.longValue(), 0, code.offset());
            case Opcodes.IMM_V128 -> new ConstInstruction(op, code.v128Low(), code.v128High(), code.offset());
            case Opcodes.IMM_HEAP_TYPE -> new ConstInstruction(op, code.heapType(), 0, code.offset());
            default -> new ConstInstruction(op, code.index(), code.index2(), code.offset());
        };
    }
}
