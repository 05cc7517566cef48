package dev.wasm4j;

/** A heap type given by an index into the defining module's type section. */
public record ConcreteHeapType(int typeIndex) implements HeapType {
    public ConcreteHeapType {
        if (typeIndex < 0) {
            throw new IllegalArgumentException("negative type index " + typeIndex);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(typeIndex);
    }
}
