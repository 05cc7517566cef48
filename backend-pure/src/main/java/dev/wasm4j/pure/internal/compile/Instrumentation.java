package dev.wasm4j.pure.internal.compile;

/**
 * What the compiler adds to every function for an engine's resource controls (see {@link Meter}):
 * fuel charges ({@code consumeFuel}) and epoch checks ({@code epochInterruption}). Without either, the
 * generated code is the same as if this did not exist.
 *
 * @param fuel       charge fuel for the instructions executed
 * @param epochCheck check the epoch deadline at function entries and loop headers
 */
public record Instrumentation(boolean fuel, boolean epochCheck) {
    public static final Instrumentation NONE = new Instrumentation(false, false);
}
