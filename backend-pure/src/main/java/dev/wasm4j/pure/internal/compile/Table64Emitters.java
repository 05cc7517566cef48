package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.decode.CodeReader;

import java.util.function.BiPredicate;

import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_COPY;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_FILL;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_GET;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_GROW;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_INIT;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_SET;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_SIZE;

/**
 * Table instructions on 64-bit tables (table64): the instruction's i64 operands are narrowed (see
 * {@link Addresses}), the 32-bit instruction is emitted as registered, and a size result is widened back
 * to i64. Instructions on 32-bit tables go straight to the registered emitter.
 */
final class Table64Emitters {
    private Table64Emitters() {
    }

    static void register() {
        adapt(TABLE_GET, 1, false, (c, r) -> is64(c, r.index()));
        adapt(TABLE_SET, 2, false, (c, r) -> is64(c, r.index()));
        adapt(TABLE_SIZE, 0, true, (c, r) -> is64(c, r.index()));
        adapt(TABLE_GROW, 2, true, (c, r) -> is64(c, r.index()));
        adapt(TABLE_FILL, 3, false, (c, r) -> is64(c, r.index()));
        // table.copy: destination table in index(), source in index2(); table.init: the table in index2().
        adapt(TABLE_COPY, 3, false, (c, r) -> is64(c, r.index()) || is64(c, r.index2()));
        adapt(TABLE_INIT, 3, false, (c, r) -> is64(c, r.index2()));
    }

    /**
     * {@code operands}: how many operands the instruction takes; {@code sizeResult}: whether it yields a
     * table size (of the table's address type).
     */
    private static void adapt(int opcode, int operands, boolean sizeResult,
                              BiPredicate<FunctionCompiler, CodeReader> uses64) {
        EmitterTable.wrap(opcode, plain -> (c, r) -> {
            if (!uses64.test(c, r)) {
                plain.emit(c, r);
                return;
            }
            Addresses.narrowOperands(c, operands);
            plain.emit(c, r);
            if (sizeResult) {
                Addresses.widenTop(c);
            }
        });
    }

    private static boolean is64(FunctionCompiler c, int table) {
        return c.plan().module().table(table).table64();
    }
}
