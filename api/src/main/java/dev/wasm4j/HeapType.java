package dev.wasm4j;

/** What a reference points to: an abstract heap type or a type defined by the module. */
public sealed interface HeapType permits AbstractHeapType, ConcreteHeapType {
}
