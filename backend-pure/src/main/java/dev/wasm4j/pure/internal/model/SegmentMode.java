package dev.wasm4j.pure.internal.model;

/** How an element or data segment is used at instantiation. */
public enum SegmentMode {
    /** Copied into a table or memory at instantiation, at an offset given by a constant expression. */
    ACTIVE,
    /** Kept for table.init / memory.init / array.new_elem ... until dropped. */
    PASSIVE,
    /** Only declares function references (element segments only); dropped at instantiation. */
    DECLARATIVE
}
