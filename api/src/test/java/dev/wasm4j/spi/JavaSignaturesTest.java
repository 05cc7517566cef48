package dev.wasm4j.spi;

import dev.wasm4j.Caller;
import dev.wasm4j.FuncType;
import dev.wasm4j.RefType;
import dev.wasm4j.ValType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSignaturesTest {
    interface LogWithCaller {
        void log(Caller caller, int ptr, int len);
    }

    interface TakesRef {
        Object id(Object o);
    }

    @Test
    void derives_wasm_types_from_functional_interfaces() {
        Method add = JavaSignatures.functionalMethod(IntBinaryOperator.class);
        assertEquals(new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                JavaSignatures.funcTypeOf(add));
        Method log = JavaSignatures.functionalMethod(LogWithCaller.class);
        assertTrue(JavaSignatures.takesCaller(log));
        assertEquals(new FuncType(List.of(ValType.I32, ValType.I32), List.of()), JavaSignatures.funcTypeOf(log));
        assertEquals(new FuncType(List.of(RefType.EXTERNREF), List.of(RefType.EXTERNREF)),
                JavaSignatures.funcTypeOf(JavaSignatures.functionalMethod(TakesRef.class)));
        assertFalse(JavaSignatures.takesCaller(add));
    }

    @Test
    void rejects_interfaces_that_do_not_match_the_function() {
        Method add = JavaSignatures.functionalMethod(IntBinaryOperator.class);
        JavaSignatures.checkCallable(add, new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaSignatures
                .checkCallable(add, new FuncType(List.of(ValType.I64, ValType.I32), List.of(ValType.I32))));
        assertTrue(e.getMessage().contains("parameter 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JavaSignatures.checkCallable(
                JavaSignatures.functionalMethod(LongSupplier.class), new FuncType(List.of(), List.of())));
        assertThrows(IllegalArgumentException.class, () -> JavaSignatures.functionalMethod(String.class));
    }
}
