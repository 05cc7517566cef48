package dev.wasm4j;

import java.util.Optional;

/**
 * One frame of a wasm backtrace.
 *
 * @param moduleName        the module's name from its name section, if any
 * @param functionIndex     the function's index in its module
 * @param functionName      the function's name from the name section, if any
 * @param instructionOffset byte offset of the instruction in the module binary, -1 if unknown
 */
public record FrameInfo(Optional<String> moduleName, int functionIndex, Optional<String> functionName,
                        long instructionOffset) {
    @Override
    public String toString() {
        String fn = functionName.orElse("<wasm function " + functionIndex + ">");
        return moduleName.map(m -> m + "!").orElse("") + fn
                + (instructionOffset >= 0 ? " @ 0x" + Long.toHexString(instructionOffset) : "");
    }
}
