package dev.wasm4j.pure.internal.decode;

import dev.wasm4j.Feature;
import dev.wasm4j.pure.internal.model.ValueTypes;

import java.util.Set;

/**
 * Decodes value, reference, heap and storage types, honouring the enabled features: a type code of a
 * disabled feature is malformed, as it is in the version of the format without that feature.
 */
public final class TypeReader {
    private final Set<Feature> features;

    public TypeReader(Set<Feature> features) {
        this.features = features;
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** Whether {@code b} starts a value type (used to tell block types apart). */
    public boolean startsValueType(int b) {
        return isNumOrVec(b) || b == 0x63 || b == 0x64 || ValueTypes.isAbstractHeapCode(b);
    }

    private boolean isNumOrVec(int b) {
        return b >= ValueTypes.V128 && b <= ValueTypes.I32;
    }

    public int readValueType(ByteReader r) {
        int start = r.position();
        int b = r.peekByte();
        if (b >= ValueTypes.F64 && b <= ValueTypes.I32) {
            r.readByte();
            return b;
        }
        if (b == ValueTypes.V128 && has(Feature.SIMD)) {
            r.readByte();
            return b;
        }
        int t = tryReadRefType(r);
        if (t == 0) {
            throw ByteReader.malformed(start, "malformed value type");
        }
        return t;
    }

    public int readRefType(ByteReader r) {
        int start = r.position();
        int t = tryReadRefType(r);
        if (t == 0) {
            throw ByteReader.malformed(start, "malformed reference type");
        }
        return t;
    }

    /** A reference type, or 0 (nothing consumed) when the next byte does not start one. */
    private int tryReadRefType(ByteReader r) {
        int b = r.peekByte();
        if ((b == 0x63 || b == 0x64) && has(Feature.FUNCTION_REFERENCES)) {
            r.readByte();
            return ValueTypes.ref(b == 0x63, readHeapType(r));
        }
        if (ValueTypes.isAbstractHeapCode(b) && abstractHeapTypeEnabled(b)) {
            r.readByte();
            return ValueTypes.ref(true, b);
        }
        return 0;
    }

    /** A heap type: an abstract heap type's code or a type index (s33). */
    public int readHeapType(ByteReader r) {
        int start = r.position();
        int b = r.peekByte();
        if (ValueTypes.isAbstractHeapCode(b)) {
            if (!abstractHeapTypeEnabled(b)) {
                throw ByteReader.malformed(start, "malformed heap type");
            }
            r.readByte();
            return b;
        }
        long index = r.readS33();
        if (index < 0) {
            throw ByteReader.malformed(start, "malformed heap type");
        }
        if (!has(Feature.FUNCTION_REFERENCES)) {
            throw ByteReader.malformed(start, "malformed heap type");
        }
        return ValueTypes.concrete((int) Math.min(index, ValueTypes.INDEX_MASK));
    }

    private boolean abstractHeapTypeEnabled(int code) {
        return switch (code) {
            case ValueTypes.HT_FUNC, ValueTypes.HT_EXTERN -> has(Feature.REFERENCE_TYPES);
            case ValueTypes.HT_EXN -> has(Feature.EXCEPTIONS);
            case ValueTypes.HT_NOEXN -> has(Feature.EXCEPTIONS) && has(Feature.GC);
            case ValueTypes.HT_NOFUNC, ValueTypes.HT_NOEXTERN -> has(Feature.GC);
            default -> has(Feature.GC);
        };
    }

    /** A storage type: a value type or a packed type (struct and array fields). */
    public int readStorageType(ByteReader r) {
        int b = r.peekByte();
        if (b == ValueTypes.I8 || b == ValueTypes.I16) {
            r.readByte();
            return b;
        }
        int start = r.position();
        if (!startsValueType(b)) {
            throw ByteReader.malformed(start, "malformed storage type");
        }
        return readValueType(r);
    }

    /** A mutability flag: 0 const, 1 var. */
    public boolean readMutability(ByteReader r) {
        int start = r.position();
        int b = r.readByte();
        if (b > 1) {
            throw ByteReader.malformed(start, "malformed mutability");
        }
        return b == 1;
    }
}
