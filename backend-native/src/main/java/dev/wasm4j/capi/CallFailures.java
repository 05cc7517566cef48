package dev.wasm4j.capi;

import dev.wasm4j.FrameInfo;
import dev.wasm4j.Trap;
import dev.wasm4j.TrapCode;
import dev.wasm4j.WasmException;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * What a call into wasm that failed throws. A host function's exception was parked in the store while the
 * wasm frames unwound (see {@link HostFunctions}): it propagates as the API says, a {@link WasmException}
 * unchanged (a {@link Trap} a host threw stays that trap), any other exception as a {@link Trap} with
 * {@link TrapCode#HOST} and the exception as its cause. Otherwise a wasm trap becomes a {@link Trap}
 * ({@link TrapMapper}) and an error (a wrong argument type, a resource limit) a {@link WasmException}.
 */
final class CallFailures {
    private CallFailures() {
    }

    /**
     * Throws if the call returned an error or wrote a trap to {@code trapSlot} (which it then clears, as
     * wasmtime writes it only on a trap).
     */
    static void throwIfFailed(WasmtimeStore store, MemorySegment error, MemorySegment trapSlot) {
        MemorySegment trap = trapSlot.get(ADDRESS, 0);
        if (error.address() == 0 && trap.address() == 0) {
            return;
        }
        trapSlot.set(ADDRESS, 0, MemorySegment.NULL);
        throw failure(store, error, trap);
    }

    static RuntimeException failure(WasmtimeStore store, MemorySegment error, MemorySegment trap) {
        Throwable pending = store.takePending();
        if (trap.address() != 0) {
            if (pending == null) {
                return TrapMapper.toTrap(store, trap);
            }
            List<FrameInfo> frames = Backtraces.ofTrap(trap).frames();
            wasm_h.wasm_trap_delete(trap);
            return hostFailure(pending, frames);
        }
        List<FrameInfo> frames = Backtraces.ofError(error).frames();
        String message = NativeErrors.takeMessage(error);
        if (pending != null) {
            return hostFailure(pending, frames);
        }
        return new WasmException("wasmtime: " + message);
    }

    static RuntimeException hostFailure(Throwable cause, List<FrameInfo> frames) {
        if (cause instanceof WasmException w) {
            return w;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new Trap(TrapCode.HOST, TrapCode.HOST.message() + ": " + cause, frames, cause);
    }
}
