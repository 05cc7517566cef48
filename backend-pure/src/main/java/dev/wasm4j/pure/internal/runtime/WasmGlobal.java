package dev.wasm4j.pure.internal.runtime;

import dev.wasm4j.Global;
import dev.wasm4j.GlobalType;
import dev.wasm4j.RefType;
import dev.wasm4j.Val;
import dev.wasm4j.ValType;
import dev.wasm4j.WasmException;

/**
 * A global's cell. Compiled code reads and writes {@link #bits} (numbers as raw bits: an i32 in the low
 * half, floats through their raw bit patterns so NaN payloads survive) or {@link #ref} (references, and
 * a v128 as its {@link V128}).
 */
public final class WasmGlobal implements Global {
    public long bits;
    public Object ref;
    private final GlobalType type;

    public WasmGlobal(GlobalType type) {
        this.type = type;
    }

    @Override
    public GlobalType type() {
        return type;
    }

    @Override
    public Val get() {
        ValType t = type.type();
        if (t instanceof RefType r) {
            return Val.ref(r, ref);
        }
        if (t == ValType.V128) {
            return Values.unbox(t, ref);
        }
        return new Val(t, t == ValType.I32 || t == ValType.F32 ? bits & 0xFFFF_FFFFL : bits, 0, null);
    }

    @Override
    public void set(Val value) {
        if (!type.mutable()) {
            throw new WasmException("cannot set an immutable global");
        }
        initialize(value);
    }

    /** Sets the value regardless of mutability (instantiation, host-created globals). */
    public void initialize(Val value) {
        ValType t = type.type();
        if (!Values.matches(value, t)) {
            throw new WasmException("a global of type " + t + " cannot hold " + value);
        }
        if (t instanceof RefType r) {
            ref = Values.refOf(value, r);
        } else if (t == ValType.V128) {
            ref = Values.box(value);
        } else {
            bits = value.bits();
        }
    }
}
