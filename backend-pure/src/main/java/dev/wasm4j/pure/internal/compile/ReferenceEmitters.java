package dev.wasm4j.pure.internal.compile;

import dev.wasm4j.pure.internal.model.ValueTypes;
import org.objectweb.asm.Opcodes;

import static dev.wasm4j.pure.internal.decode.Opcodes.ELEM_DROP;
import static dev.wasm4j.pure.internal.decode.Opcodes.REF_AS_NON_NULL;
import static dev.wasm4j.pure.internal.decode.Opcodes.REF_FUNC;
import static dev.wasm4j.pure.internal.decode.Opcodes.REF_IS_NULL;
import static dev.wasm4j.pure.internal.decode.Opcodes.REF_NULL;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_COPY;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_FILL;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_GET;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_GROW;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_INIT;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_SET;
import static dev.wasm4j.pure.internal.decode.Opcodes.TABLE_SIZE;

/**
 * Reference and table instructions. References are plain objects on the JVM stack (null is the null
 * reference); table operations call {@code InstanceOps}, which does the bounds checks and traps.
 */
final class ReferenceEmitters {
    private static final String CTX = JvmTypes.INSTANCE_DESC;
    private static final String OBJ = "Ljava/lang/Object;";

    private ReferenceEmitters() {
    }

    static void register() {
        EmitterTable.put(REF_NULL, (c, r) -> {
            c.mv().visitInsn(Opcodes.ACONST_NULL);
            c.stack().push(ValueTypes.ref(true, r.heapType()));
        });
        EmitterTable.put(REF_IS_NULL, (c, r) -> {
            c.stack().pop();
            c.condition(Opcodes.IFNULL);
            c.stack().push(ValueTypes.I32);
        });
        EmitterTable.put(REF_AS_NON_NULL, (c, r) -> {
            c.markPosition();
            int t = c.stack().pop();
            c.invokeStatic(Names.FUNCTION_REFS, "nonNull", "(" + OBJ + ")" + OBJ);
            c.stack().push(t & ~ValueTypes.NULLABLE);
        });
        EmitterTable.put(REF_FUNC, (c, r) -> {
            c.iconst(r.index());
            c.loadInstance();
            c.invokeStatic(Names.OPS, "refFunc", "(I" + CTX + ")" + OBJ);
            c.stack().push(ValueTypes.FUNCREF);
        });
        EmitterTable.put(TABLE_GET, (c, r) -> {
            c.stack().pop();
            call(c, "tableGet", "(II" + CTX + ")" + OBJ, r.index());
            c.stack().push(elementType(c, r.index()));
        });
        EmitterTable.put(TABLE_SET, (c, r) -> {
            c.stack().pop(2);
            call(c, "tableSet", "(I" + OBJ + "I" + CTX + ")V", r.index());
        });
        EmitterTable.put(TABLE_SIZE, (c, r) -> {
            call(c, "tableSize", "(I" + CTX + ")I", r.index());
            c.stack().push(ValueTypes.I32);
        });
        EmitterTable.put(TABLE_GROW, (c, r) -> {
            c.stack().pop(2);
            call(c, "tableGrow", "(" + OBJ + "II" + CTX + ")I", r.index());
            c.stack().push(ValueTypes.I32);
        });
        EmitterTable.put(TABLE_FILL, (c, r) -> {
            c.stack().pop(3);
            call(c, "tableFill", "(I" + OBJ + "II" + CTX + ")V", r.index());
        });
        EmitterTable.put(TABLE_COPY, (c, r) -> {
            c.stack().pop(3);
            call(c, "tableCopy", "(IIIII" + CTX + ")V", r.index(), r.index2());
        });
        EmitterTable.put(TABLE_INIT, (c, r) -> {
            c.stack().pop(3);
            call(c, "tableInit", "(IIIII" + CTX + ")V", r.index(), r.index2());
        });
        EmitterTable.put(ELEM_DROP, (c, r) -> call(c, "elemDrop", "(I" + CTX + ")V", r.index()));
    }

    private static int elementType(FunctionCompiler c, int table) {
        return c.plan().module().table(table).elementType();
    }

    /** Pushes the immediates and the instance, then calls {@code InstanceOps.method}. */
    private static void call(FunctionCompiler c, String method, String desc, int... immediates) {
        c.markPosition();
        for (int imm : immediates) {
            c.iconst(imm);
        }
        c.loadInstance();
        c.invokeStatic(Names.OPS, method, desc);
    }
}
