package dev.wasm4j.capi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Makes the process-wide upcall stubs (one per callback kind, shared by every store and function). */
final class Upcalls {
    private Upcalls() {
    }

    /**
     * A stub calling the static method {@code name} of the class {@code lookup} belongs to (which may be
     * private to it); lives as long as the JVM.
     */
    static MemorySegment stub(MethodHandles.Lookup lookup, String name, FunctionDescriptor descriptor) {
        try {
            MethodType type = descriptor.toMethodType();
            return Linker.nativeLinker().upcallStub(
                    lookup.findStatic(lookup.lookupClass(), name, type), descriptor, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
