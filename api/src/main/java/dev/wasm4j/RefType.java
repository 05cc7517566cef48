package dev.wasm4j;

/** A reference type: a heap type, and whether null is a member. */
public record RefType(boolean nullable, HeapType heapType) implements ValType {
    public static final RefType FUNCREF = new RefType(true, AbstractHeapType.FUNC);
    public static final RefType EXTERNREF = new RefType(true, AbstractHeapType.EXTERN);
    public static final RefType ANYREF = new RefType(true, AbstractHeapType.ANY);
    public static final RefType EQREF = new RefType(true, AbstractHeapType.EQ);
    public static final RefType I31REF = new RefType(true, AbstractHeapType.I31);
    public static final RefType STRUCTREF = new RefType(true, AbstractHeapType.STRUCT);
    public static final RefType ARRAYREF = new RefType(true, AbstractHeapType.ARRAY);
    public static final RefType EXNREF = new RefType(true, AbstractHeapType.EXN);
    public static final RefType NULLREF = new RefType(true, AbstractHeapType.NONE);
    public static final RefType NULLFUNCREF = new RefType(true, AbstractHeapType.NOFUNC);
    public static final RefType NULLEXTERNREF = new RefType(true, AbstractHeapType.NOEXTERN);
    public static final RefType NULLEXNREF = new RefType(true, AbstractHeapType.NOEXN);

    public RefType {
        java.util.Objects.requireNonNull(heapType, "heapType");
    }

    /** Text-format spelling: the short form ({@code funcref}) where one exists. */
    @Override
    public String toString() {
        if (nullable && heapType instanceof AbstractHeapType abs) {
            return switch (abs) {
                case NONE -> "nullref";
                case NOFUNC -> "nullfuncref";
                case NOEXTERN -> "nullexternref";
                case NOEXN -> "nullexnref";
                default -> abs + "ref";
            };
        }
        return "(ref " + (nullable ? "null " : "") + heapType + ")";
    }

    @Override
    public boolean isNumeric() {
        return false;
    }

    @Override
    public boolean isReference() {
        return true;
    }
}
