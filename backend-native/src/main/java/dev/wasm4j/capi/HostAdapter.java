package dev.wasm4j.capi;

import dev.wasm4j.Caller;

import java.lang.foreign.MemorySegment;

/**
 * Calls a typed host function's implementation with arguments read from raw slots and writes its result to
 * slot 0 ({@link HostBridges} generates one per interface method).
 */
interface HostAdapter {
    void call(Object implementation, WasmtimeStore store, Caller caller, MemorySegment slots) throws Throwable;
}
